#!/usr/bin/env node
// The rnnc command. The CLI itself is compiled TypeScript in dist/ (`npm run build`; `npm ci` builds it).
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli/main.js')) {
    process.stderr.write('rnnc: dist/ is missing; run `npm run build` in the rnnc package first\n');
    process.exit(1);
  }
  throw e;
}
process.exitCode = await cli.main(process.argv.slice(2));
