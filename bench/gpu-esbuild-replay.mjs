// Stands in for `esbuild` in the GPU bench pack (bench/gpu-pack.sh bundles bench/gpu-bench.mjs with
// `esbuild` resolved to this file). bench/wgsl.mjs compiles rnnc from src/ with esbuild at run time;
// the pack carries neither src/ nor esbuild's native binary. Instead, when the pack is made, the
// bundle runs once here with RNNC_GPU_PACK_RECORD set: every build() goes to the real esbuild and
// its output file is recorded (bench/esbuild-replay.json beside the bundle). On the GPU machine each
// build() with the same options writes the recorded output to its outfile.
//
// Options are matched with the repository root replaced by <ROOT> and outfile by its base name
// (the temporary directory differs from run to run). A build that was not recorded throws.
//
// RNNC_GPU_PACK_RECORD=FILE: record into FILE (JSON); RNNC_GPU_PACK_ESBUILD=DIR: the directory
// whose node_modules has the real esbuild (the repository).

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const REPLAY = path.join(HERE, 'esbuild-replay.json');
const RECORD = process.env.RNNC_GPU_PACK_RECORD;

function normalize(v, key) {
  if (typeof v === 'string') {
    if (key === 'outfile') return path.basename(v);
    return v.split(ROOT).join('<ROOT>');
  }
  if (Array.isArray(v)) return v.map((x) => normalize(x));
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) if (typeof v[k] !== 'function' && v[k] !== undefined) o[k] = normalize(v[k], k);
    return o;
  }
  return v;
}

/** The key a build's options are recorded and replayed under. */
export const keyOf = (opts) => JSON.stringify(normalize(opts));

let real = null;
let recorded = null;
let replay = null;

function realEsbuild() {
  if (!real) {
    const dir = process.env.RNNC_GPU_PACK_ESBUILD;
    if (!dir) throw new Error('gpu-esbuild-replay: RNNC_GPU_PACK_RECORD needs RNNC_GPU_PACK_ESBUILD (the repository with node_modules/esbuild)');
    real = createRequire(path.join(dir, 'package.json'))('esbuild');
  }
  return real;
}

export async function build(opts) {
  if (!opts || typeof opts.outfile !== 'string' || opts.write === false || opts.outdir) throw new Error('gpu-esbuild-replay: only builds written to one outfile are recorded / replayed');
  const key = keyOf(opts);
  if (RECORD) {
    const result = await realEsbuild().build(opts);
    recorded ??= fs.existsSync(RECORD) ? JSON.parse(fs.readFileSync(RECORD, 'utf8')) : {};
    recorded[key] = { outfile: path.basename(opts.outfile), text: fs.readFileSync(opts.outfile, 'utf8') };
    fs.writeFileSync(RECORD, JSON.stringify(recorded));
    return result;
  }
  replay ??= fs.existsSync(REPLAY) ? JSON.parse(fs.readFileSync(REPLAY, 'utf8')) : {};
  const hit = replay[key];
  if (!hit) {
    throw new Error(
      `esbuild is not in the GPU pack, and this build was not recorded when the pack was made (bench/gpu-pack.sh records the builds bench/wgsl.mjs makes; remake the pack). Build: ${key.slice(0, 400)}`,
    );
  }
  fs.mkdirSync(path.dirname(opts.outfile), { recursive: true });
  fs.writeFileSync(opts.outfile, hit.text);
  return { errors: [], warnings: [], outputFiles: undefined, metafile: undefined, mangleCache: undefined };
}

export const version = 'gpu-pack replay';

export default { build, version };
