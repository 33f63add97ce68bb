#!/usr/bin/env node
// The WGSL bench on a real GPU: the entry of the GPU bench pack (bench/gpu-pack.sh bundles it,
// bench/gpu-run.sh runs it there), also runnable in the repository. Writes ONE markdown file: the
// adapter (backend, feature level, vendor, architecture, device, description, features, limits), the
// W1-W5 table of bench/wgsl.mjs (wgslBench, with whatever peers it has), and a table for each W6
// function bench/wgsl.mjs exports (an export named ...W6, e.g. ortWebgpuW6), written again after
// each part so a run cut short still leaves what it measured.
//
//   RNNC_DAWN_BACKEND=vulkan node bench/gpu-bench.mjs [--out FILE] [--only W1,W4] [--runs N] [--warmup N]
//       [--T N] [--B N] [--peers LIST|none] [--steps N] [--w6-runs N] [--w6-io cpu,gpu] [--no-w6] [--diag FILE]
//
// The backend and feature level come from bench/dawn.mjs (RNNC_DAWN_BACKEND, RNNC_DAWN_FEATURE_LEVEL;
// default OpenGL ES, compatibility). --diag FILE: text (gpu-run.sh's environment checks) put in the report.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DAWN_BACKEND, DAWN_FEATURE_LEVEL, dawnDevice, dawnLabel, limitsOf } from './dawn.mjs';
import * as wgsl from './wgsl.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

const USAGE =
  'usage: node bench/gpu-bench.mjs [--out FILE] [--only W1,W4] [--runs N] [--warmup N] [--T N] [--B N] [--peers LIST|none] [--steps N] [--w6-runs N] [--w6-io cpu,gpu] [--no-w6] [--diag FILE]';

function parseArgs(argv) {
  const o = { out: 'gpu-bench.md', w6: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`bench/gpu-bench.mjs: ${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === '--out') o.out = val();
    else if (a === '--only') o.only = val().split(',');
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--warmup') o.warmup = Number(val());
    else if (a === '--T') o.T = Number(val());
    else if (a === '--B') o.B = Number(val());
    else if (a === '--peers') {
      const v = val();
      o.peers = v === 'none' || v === '' ? [] : v.split(',');
    } else if (a === '--steps') o.steps = Number(val());
    else if (a === '--w6-runs') o.w6Runs = Number(val());
    else if (a === '--w6-io') o.w6Io = val().split(',');
    else if (a === '--no-w6') o.w6 = false;
    else if (a === '--diag') o.diag = val();
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`bench/gpu-bench.mjs: unknown option ${a}\n${USAGE}`);
  }
  return o;
}

const t0 = performance.now();
const stamp = () => `[${((performance.now() - t0) / 1000).toFixed(1)} s]`;
const log = (s) => console.error(`${stamp()} ${s}`);
const errLine = (e) => String(e?.message ?? e).split('\n')[0];

function fmtCell(k, v) {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    if (/diff/i.test(k)) return v.toExponential(1);
    if (Number.isInteger(v)) return String(v);
    return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
  }
  if (v === null || v === undefined) return '';
  return String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A markdown table of rows (plain objects): their scalar fields, in first-seen order. */
function table(rows) {
  const keys = [];
  for (const r of rows) for (const [k, v] of Object.entries(r)) if (!keys.includes(k) && (v === null || typeof v !== 'object') && typeof v !== 'function') keys.push(k);
  const L = [`| ${keys.join(' | ')} |`, `|${keys.map(() => '---').join('|')}|`];
  for (const r of rows) L.push(`| ${keys.map((k) => fmtCell(k, r[k])).join(' | ')} |`);
  return L.join('\n');
}

function packInfo() {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'PACKINFO.json'), 'utf8'));
  } catch {
    return null;
  }
}

export async function main(argv) {
  const o = parseArgs(argv);
  const out = path.resolve(o.out);
  const parts = {};
  const order = ['head', 'adapter', 'wgsl', 'w6', 'env'];
  const flush = () => {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${order.filter((k) => parts[k]).map((k) => parts[k]).join('\n\n')}\n`);
  };
  const pack = packInfo();
  parts.head = [
    '# rnnc WGSL bench on a GPU',
    '',
    `${new Date().toISOString()}; \`bench/gpu-bench.mjs ${argv.join(' ')}\`; RNNC_DAWN_BACKEND=${DAWN_BACKEND}, feature level ${DAWN_FEATURE_LEVEL}.`,
    pack ? `Pack made ${pack.created} from commit ${pack.git?.commit ?? '?'}${pack.git?.dirty?.length ? ` with ${pack.git.dirty.length} uncommitted changes (${pack.git.dirty.join(', ')})` : ''}.` : 'Run from the repository (not a pack).',
  ].join('\n');
  const env = [
    '## Environment',
    '',
    `Node ${process.version}, ${os.platform()} ${os.release()} ${os.arch()}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.`,
  ];
  if (o.diag && fs.existsSync(o.diag)) env.push('', '```', fs.readFileSync(o.diag, 'utf8').trimEnd(), '```');
  parts.env = env.join('\n');
  flush();

  // The adapter, first: fail early (with the reason in the report) when there is none.
  let probe;
  try {
    log(`Dawn: backend=${DAWN_BACKEND}, feature level ${DAWN_FEATURE_LEVEL}`);
    probe = await dawnDevice();
  } catch (e) {
    parts.adapter = ['## Adapter', '', `**No adapter: ${errLine(e)}**`, '', 'See the environment checks below.'].join('\n');
    flush();
    log(`no adapter: ${errLine(e)}`);
    return 2;
  }
  globalThis.__rnncGpuBenchKeep = probe.gpu; // Dawn aborts once its GPU object is collected
  const info = probe.info;
  const software = info.isFallbackAdapter === true || /software|cpu|llvmpipe|lavapipe|swiftshader/i.test(`${info.architecture} ${info.device} ${info.description}`);
  const A = ['## Adapter', '', `${dawnLabel(probe.adapter)}`, ''];
  if (software) A.push(`**Warning: a software (CPU) adapter, not a GPU.**`, '');
  A.push('| field | value |', '|---|---|', `| backend | ${DAWN_BACKEND} |`, `| feature level | ${DAWN_FEATURE_LEVEL} |`);
  for (const [k, v] of Object.entries(info)) A.push(`| ${k} | ${fmtCell(k, v)} |`);
  A.push('', `Features: ${[...probe.adapter.features].sort().join(', ') || '(none)'}.`);
  const dl = limitsOf(probe.device.limits);
  A.push('', `Device limits (${Object.keys(probe.limits).length} of the adapter's ${Object.keys(limitsOf(probe.adapter.limits)).length} asked for): ${Object.entries(dl).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  parts.adapter = A.join('\n');
  flush();
  log(`adapter: ${dawnLabel(probe.adapter)}${software ? ' (SOFTWARE)' : ''}`);
  probe.device.destroy();

  // W1-W5: bench/wgsl.mjs.
  try {
    const opts = { log };
    for (const k of ['only', 'runs', 'warmup', 'T', 'B', 'peers']) if (o[k] !== undefined) opts[k] = o[k];
    const { markdown } = await wgsl.wgslBench(opts);
    // wgsl.mjs's caption names the llvmpipe setup; the adapter is the one above.
    const fixed = markdown.replace(/Dawn \(OpenGL ES, Mesa llvmpipe, compatibility mode; (\d+) CPUs\)/, (m, n) => (DAWN_BACKEND === 'opengles' && DAWN_FEATURE_LEVEL === 'compatibility' ? m : `${dawnLabel(probe.adapter)} (${n} CPUs)`));
    parts.wgsl = `## W1-W5 (bench/wgsl.mjs)\n\n${fixed}`;
  } catch (e) {
    parts.wgsl = `## W1-W5 (bench/wgsl.mjs)\n\n**Failed: ${errLine(e)}**\n\n\`\`\`\n${String(e?.stack ?? e).slice(0, 4000)}\n\`\`\``;
    log(`wgslBench failed: ${e?.stack ?? e}`);
  }
  flush();

  // W6: every W6 function bench/wgsl.mjs exports.
  const w6fns = Object.entries(wgsl).filter(([k, v]) => typeof v === 'function' && /W6$/.test(k));
  if (o.w6 && w6fns.length) {
    const W = ['## W6 streaming (B = 1, T = 1 a call, state fed back)'];
    for (const [name, fn] of w6fns) {
      const takesIo = /\bio\b/.test(String(fn));
      const ios = takesIo ? (o.w6Io ?? ['cpu', 'gpu']) : [undefined];
      for (const io of ios) {
        const opts = { log, ...(o.steps ? { steps: o.steps } : {}), ...(o.w6Runs ? { runs: o.w6Runs } : {}), ...(io ? { io } : {}) };
        W.push('', `### ${name}(${JSON.stringify({ ...opts, log: undefined })})`, '');
        try {
          const rows = await fn(opts);
          W.push(Array.isArray(rows) && rows.length ? table(rows) : `(no rows: ${JSON.stringify(rows)?.slice(0, 200)})`);
        } catch (e) {
          W.push(`**Failed: ${errLine(e)}**`);
          log(`${name} failed: ${e?.stack ?? e}`);
        }
        parts.w6 = W.join('\n');
        flush();
      }
    }
  } else if (o.w6) {
    parts.w6 = '## W6 streaming\n\nbench/wgsl.mjs exports no W6 function.';
  }
  parts.env += `\n\nTotal ${((performance.now() - t0) / 1000).toFixed(0)} s.`;
  flush();
  log(`wrote ${out}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rc = await main(process.argv.slice(2));
  process.exit(rc);
}
