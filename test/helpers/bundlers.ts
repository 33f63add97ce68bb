// What the bundler tests share: the model their apps import (a GRU classifier whose width comes
// from a local config.ts, so that edits of an imported file can be watched), the built plugin as
// an app gets it, and a vite logger that keeps what vite warns and errs.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './golden.js';

export const CLF_MODEL = `import { defineModel } from 'rnnc';
import { UNITS } from './config';

export default defineModel('clf', (m) => {
  const tokens = m.tokens('tokens');
  const x = m.embedding(tokens, { vocab: 20, dim: 4, name: 'emb' });
  const { output } = m.gru(x, { units: UNITS, name: 'gru' });
  m.output('logits', m.dense(output, { units: 3, name: 'head' }));
});
`;

export type PluginFactory = (o?: object) => unknown;

/** rnnc's plugin for `bundler` as built into dist/plugin (what `rnnc/vite` and the others resolve to). */
export const builtPlugin = async (bundler: string): Promise<PluginFactory> =>
  (await import(pathToFileURL(path.join(root, 'dist', 'plugin', `${bundler}.js`)).href)).default as PluginFactory;

/** A vite `customLogger` that keeps every warning and error in `sink` and drops the rest. */
export const viteLogger = (sink: string[]) => ({
  info: () => {},
  warn: (m: string) => sink.push(m),
  warnOnce: (m: string) => sink.push(m),
  error: (m: string) => sink.push(m),
  clearScreen: () => {},
  hasErrorLogged: () => false,
  hasWarned: false,
});
