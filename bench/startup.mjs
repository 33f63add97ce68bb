#!/usr/bin/env node
// GPU module start-up: for each example, the generated WGSL module's size (raw and gzip) and, on
// Dawn / llvmpipe in Node, the time of create() (pipelines of the forward program) and of the first
// forward call and the first trainStep (which wait for the programs they need).
//
//   EGL_PLATFORM=surfaceless node bench/startup.mjs [--only sentiment,names] [--browser] [--out FILE]
//
// --browser: the same in headless Chromium (WebGPU on SwiftShader; Debian's chromium through
// playwright-core, test/helpers/browser.ts), each example in a fresh page with its own device.
// MESA_SHADER_CACHE_DISABLE=true keeps Mesa's on-disk shader cache out of the Dawn figures.
//
// Needs dist/ (npm run build). Each example runs in a fresh Dawn device; the timings are wall
// clock from this process, so a busy machine shows up in them.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compile, writeCompiled } from '../dist/compiler/index.js';
import { dawnDevice } from './dawn.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

function parseArgs(argv) {
  const o = { only: null, out: null, browser: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') o.only = argv[++i].split(',');
    else if (argv[i] === '--out') o.out = argv[++i];
    else if (argv[i] === '--browser') o.browser = true;
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: node bench/startup.mjs [--only sentiment,names] [--browser] [--out FILE]');
      process.exit(0);
    }
  }
  return o;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Inputs of B=2, T=5 for a module's meta: zeros for floats, id 0 for ints. */
function inputsFor(specs, B = 2, T = 5) {
  const out = {};
  for (const s of specs) {
    const shape = s.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d));
    const n = shape.reduce((a, b) => a * b, 1);
    out[s.name] = { data: s.dtype === 'i32' ? new Int32Array(n) : new Float32Array(n).fill(s.kind === "mask" || s.name === "mask" ? 1 : 0.5), shape };
  }
  return out;
}

/** Runs in the page: create() of a generated module on navigator.gpu, then the first calls. */
async function pageRow({ url, B, T }) {
  const mod = await import(url);
  // inputsFor again: a function page.evaluate runs is sent as text and cannot call this module's.
  const inputsFor = (specs) => {
    const out = {};
    for (const s of specs) {
      const shape = s.shape.map((d) => (d === 'B' ? B : d === 'T' ? T : d));
      const n = shape.reduce((a, b) => a * b, 1);
      out[s.name] = { data: s.dtype === 'i32' ? new Int32Array(n) : new Float32Array(n).fill(s.name === 'mask' ? 1 : 0.5), shape };
    }
    return out;
  };
  const adapter = await navigator.gpu.requestAdapter();
  const device = await adapter.requestDevice();
  let t0 = performance.now();
  const model = await mod.create({ device });
  const createMs = performance.now() - t0;
  t0 = performance.now();
  await model.forward(inputsFor(mod.meta.inputs));
  const forwardMs = performance.now() - t0;
  let trainMs = null;
  if (model.trainStep) {
    model.resetState();
    t0 = performance.now();
    await model.trainStep(inputsFor(mod.meta.inputs));
    trainMs = performance.now() - t0;
  }
  model.dispose();
  device.destroy();
  return { createMs, forwardMs, trainMs };
}

async function browserTools() {
  const { build } = await import('esbuild');
  const cache = path.join(ROOT, 'node_modules', '.cache', 'rnnc-startup-bench');
  fs.mkdirSync(cache, { recursive: true });
  const out = path.join(cache, `browser-${process.pid}.mjs`);
  process.on('exit', () => fs.rmSync(out, { force: true }));
  await build({ stdin: { contents: `export { launchChromium, serveDir } from ${JSON.stringify(path.join(ROOT, 'test/helpers/browser.ts'))};`, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: out, logLevel: 'silent' });
  return import(pathToFileURL(out).href);
}

export async function startupBench(opts = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-startup-'));
  const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((d) => fs.existsSync(path.join(ROOT, 'examples', d, 'model.ts')) && (!opts.only || opts.only.includes(d))).sort();
  const { gpu, device } = opts.browser ? { gpu: null, device: null } : await dawnDevice();
  const tools = opts.browser ? await browserTools() : null;
  const server = tools ? await tools.serveDir(dir) : null;
  const browser = tools ? await tools.launchChromium() : null;
  const rows = [];
  for (const ex of examples) {
    const res = await compile(path.join(ROOT, 'examples', ex, 'model.ts'), { targets: 'wgsl' });
    if (!res.ok) throw new Error(`${ex}: ${res.diagnostics.map((d) => d.text).join('\n')}`);
    const out = path.join(dir, ex);
    writeCompiled(res.files, out);
    const file = path.join(out, res.entries.wgsl);
    const text = fs.readFileSync(file);
    if (browser) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`).catch(() => {});
      const r = await page.evaluate(pageRow, { url: `${server.url}/${ex}/${res.entries.wgsl}`, B: 2, T: 5 });
      await page.close();
      rows.push({ example: ex, raw: text.length, gzip: zlib.gzipSync(text).length, ...r });
      console.error(`${ex} (Chromium): create ${r.createMs.toFixed(0)} ms, first forward ${r.forwardMs.toFixed(0)} ms${r.trainMs !== null ? `, first trainStep ${r.trainMs.toFixed(0)} ms` : ''}`);
      continue;
    }
    const mod = await import(pathToFileURL(file).href);
    let t0 = performance.now();
    const model = await mod.create({ device });
    const createMs = performance.now() - t0;
    t0 = performance.now();
    await model.forward(inputsFor(mod.meta.inputs));
    const forwardMs = performance.now() - t0;
    let trainMs = null;
    if (model.trainStep) {
      model.resetState();
      t0 = performance.now();
      await model.trainStep(inputsFor(mod.meta.inputs));
      trainMs = performance.now() - t0;
    }
    model.dispose();
    rows.push({ example: ex, raw: text.length, gzip: zlib.gzipSync(text).length, createMs, forwardMs, trainMs });
    console.error(`${ex}: create ${createMs.toFixed(0)} ms, first forward ${forwardMs.toFixed(0)} ms${trainMs !== null ? `, first trainStep ${trainMs.toFixed(0)} ms` : ''}`);
  }
  void gpu;
  await browser?.close();
  await server?.close();
  const md = [
    '| example | module raw | gzip | create() ms | first forward ms | first trainStep ms |',
    '|---|--:|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r.example} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.createMs.toFixed(0)} | ${r.forwardMs.toFixed(0)} | ${r.trainMs === null ? '-' : r.trainMs.toFixed(0)} |`),
  ].join('\n');
  fs.rmSync(dir, { recursive: true, force: true });
  return { rows, markdown: md };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  const { markdown } = await startupBench(o);
  console.log(markdown);
  if (o.out) fs.writeFileSync(o.out, markdown + '\n');
  process.exit(0);
}
