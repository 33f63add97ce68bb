// Packages a target needs that rnnc does not install by default (optional peer dependencies):
// binaryen (about 100 MB) is needed only by --target wasm. When one is missing, the user gets a
// message naming it and the command that installs it, not an "internal error".

import { RnncError } from '../frontend/diagnostics.js';

/** Import `load()`; a missing `pkg` becomes an RnncError that says how to install it for `what`. */
export async function importOptional<T>(pkg: string, what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const msg = e instanceof Error ? e.message : '';
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && msg.includes(`'${pkg}'`)) {
      throw new RnncError(`${what} needs the npm package '${pkg}', which is not installed: run \`npm install --save-dev ${pkg}\` in your project`);
    }
    throw e;
  }
}
