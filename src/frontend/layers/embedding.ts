// Embedding: rows of a [vocab, dim] table picked by token ids.

import { fmtShape } from '../../ir/shapes.js';
import { captureLoc, RnncError } from '../diagnostics.js';
import { impl } from '../scope.js';
import type { F32, Tensor } from '../tensor.js';
import type { Initializer, OpsBuilder } from '../builder.js';
import { checkOptions, checkParamElements, size } from '../options.js';

export interface EmbeddingOptions<D extends number = number> {
  vocab: number;
  dim: D;
  name?: string;
  init?: Initializer;
}

export function embedding(m: OpsBuilder, ids: Tensor, opts: EmbeddingOptions): F32 {
  const loc = captureLoc();
  checkOptions('embedding', opts ?? {}, ['vocab', 'dim', 'name', 'init'], loc);
  const vocab = size('embedding', 'vocab', opts?.vocab, loc);
  const dim = size('embedding', 'dim', opts.dim, loc);
  const t = impl(ids, 'embedding', loc);
  if (t.dtype !== 'i32') throw new RnncError(`embedding: ids must be i32 token ids, got ${t.dtype}${fmtShape(t.shape)}`, loc);
  const name = opts.name ?? m.autoName('embedding');
  checkParamElements('embedding', `vocab ${vocab} x dim ${dim}`, `parameter '${name}.E'`, [vocab, dim], loc);
  // Keras initializes embeddings uniformly in [-0.05, 0.05].
  const E = m.param(`${name}.E`, [vocab, dim], opts.init ?? { kind: 'uniform', low: -0.05, high: 0.05 });
  m.group({ kind: 'embedding', path: name, vocab, dim });
  return m.gather(E, ids as never) as F32;
}
