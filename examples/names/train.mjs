#!/usr/bin/env node
// Trains the character-level name model (model.ts, an LSTM; or mingru.ts with --model mingru:
// two minGRU layers trained as parallel scans) with truncated BPTT on one stream of first names,
// reports the validation loss per character (and perplexity) each epoch, then samples names.
//
//   node examples/names/train.mjs [--model lstm|mingru] [--epochs N] [--limit N] [--seed N] [--quick] [--batch N] [--chunk K1]
//        [--temperature X] [--samples N] [--checkpoint FILE] [--resume FILE] [--out DIR] [--json FILE]
//
// Plain Node (no TypeScript toolchain): the model is compiled with `bin/rnnc.js compile` into
// --out (default examples/names/out), reused while it is newer than the model file and dist/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALPHABET, SEP, decode, loadNames, rng, sampleSymbols, streamChunks } from './data.mjs';
import { compileModel, progressBar, tty, writeAtomic } from '../shared.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The models this script trains: the file and the name it defines. */
const MODELS = { lstm: { file: 'model.ts', name: 'names' }, mingru: { file: 'mingru.ts', name: 'names_mingru' } };

const USAGE = `usage: node examples/names/train.mjs [--model lstm|mingru] [--epochs N] [--limit N] [--seed N] [--quick] [--batch N] [--chunk K1]
       [--temperature X] [--samples N] [--checkpoint FILE] [--resume FILE] [--out DIR] [--json FILE]`;

function parseArgs(argv) {
  const opts = {};
  const ints = { '--epochs': 'epochs', '--limit': 'limit', '--seed': 'seed', '--batch': 'batch', '--chunk': 'chunk', '--samples': 'samples' };
  const strs = { '--model': 'model', '--checkpoint': 'checkpoint', '--resume': 'resume', '--out': 'out', '--json': 'json', '--temperature': 'temperature' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a in ints || a in strs) {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      if (a in ints) {
        if (!/^\d+$/.test(v)) usage(`${a} must be a non-negative integer, got '${v}'`);
        opts[ints[a]] = Number(v);
      } else opts[strs[a]] = v;
    } else usage(`unknown option '${a}'`);
  }
  const model = opts.model ?? 'lstm';
  if (!(model in MODELS)) usage(`--model must be one of ${Object.keys(MODELS).join(', ')}, got '${model}'`);
  const temperature = opts.temperature === undefined ? 0.8 : Number(opts.temperature);
  if (!(temperature > 0)) usage(`--temperature must be a positive number, got '${opts.temperature}'`);
  // --quick: the small configuration the test suite runs (explicit flags still win).
  const q = opts.quick ? { limit: 500, epochs: 2, batch: 16, chunk: 16 } : {};
  return {
    model,
    epochs: opts.epochs ?? q.epochs ?? 20,
    limit: opts.limit ?? q.limit,
    seed: opts.seed ?? 0,
    batch: opts.batch || q.batch || 16,
    chunk: opts.chunk || q.chunk || 32,
    temperature,
    samples: opts.samples ?? 10,
    checkpoint: opts.checkpoint,
    resume: opts.resume,
    out: opts.out ?? path.join(here, 'out'),
    json: opts.json,
  };
}

function usage(msg) {
  console.error(`train.mjs: ${msg}\n${USAGE}`);
  process.exit(2);
}


const validSteps = (chunk) => chunk.mask.data.reduce((s, m) => s + m, 0);

/** Mean loss per character over the chunks of a stream, carrying the state from chunk to chunk. */
function streamLoss(model, chunks) {
  model.resetState();
  let sum = 0;
  let n = 0;
  for (const c of chunks) {
    const k = validSteps(c);
    sum += model.evaluate(c).loss * k;
    n += k;
  }
  model.resetState();
  return sum / n;
}

/**
 * Samples names: rows start from the separator and feed back one sampled character at a time
 * (T = 1, the stateful LSTM carries the state) until each has produced a separator.
 */
function sampleNames(model, count, temperature, seed, maxLength = 20) {
  const random = rng(seed ^ 0x5a3c);
  model.resetState();
  const out = Array.from({ length: count }, () => []);
  const finished = new Array(count).fill(false);
  let chars = new Int32Array(count).fill(SEP);
  const mask = { data: new Float32Array(count).fill(1), shape: [count, 1] };
  // Streaming: one step per call, the state kept in the model, the logits written into one array.
  const into = { logits: new Float32Array(count * model.meta.outputs.find((o) => o.name === 'logits').shape.at(-1)) };
  for (let step = 0; step < maxLength && finished.includes(false); step++) {
    const { logits } = model.forward({ chars: { data: chars, shape: [count, 1] }, mask }, { into });
    const next = sampleSymbols(logits.data, count, temperature, random);
    for (let b = 0; b < count; b++) {
      const c = next[b];
      if (finished[b]) continue;
      if (c === SEP) finished[b] = true;
      else out[b].push(c);
    }
    chars = next;
  }
  model.resetState();
  return out.map((ids) => decode(ids));
}

const f4 = (x) => x.toFixed(4);
const title = (s) => s.replace(/(^|[-' ])([a-z])/g, (_, a, b) => a + b.toUpperCase());

async function main() {
  const cfg = parseArgs(process.argv.slice(2));
  const which = MODELS[cfg.model];
  const jsFile = compileModel(path.join(here, which.file), which.name, cfg.out);
  const { create, meta } = await import(pathToFileURL(jsFile).href);
  const vocab = meta.params.find((p) => p.name === 'emb.E').shape[0];
  if (vocab !== ALPHABET.length) throw new Error(`${which.file} has a vocabulary of ${vocab} but data.mjs an alphabet of ${ALPHABET.length}`);

  const data = loadNames({ seed: cfg.seed, limit: cfg.limit });
  const val = streamChunks(data.val, Math.min(cfg.batch, Math.max(1, Math.floor(data.val.length / 4))), cfg.chunk);
  const chunksPerEpoch = streamChunks(data.train, cfg.batch, cfg.chunk).chunks.length; // the same every epoch
  console.log(
    `names: ${data.train.length} training / ${data.val.length} validation names, ${ALPHABET.length} symbols; ` +
      `${cfg.batch} streams, chunks of k1 = ${cfg.chunk} steps (${chunksPerEpoch} per epoch), seed ${cfg.seed}`,
  );

  const model = create({ seed: cfg.seed });
  let done = 0;
  if (cfg.resume) {
    try {
      model.loadCheckpoint(fs.readFileSync(cfg.resume), { source: cfg.resume });
    } catch (e) {
      console.error(`train.mjs: cannot resume from ${cfg.resume}: ${e.message}`);
      process.exit(1);
    }
    if (model.step % chunksPerEpoch !== 0) {
      console.error(`train.mjs: ${cfg.resume} is at step ${model.step}, not at the end of an epoch of this configuration (${chunksPerEpoch} chunks per epoch); use the same --limit, --batch, --chunk and --seed`);
      process.exit(1);
    }
    done = model.step / chunksPerEpoch;
    console.log(`resumed from ${cfg.resume}: step ${model.step}, ${done} epoch(s) done`);
  }

  const history = [];
  for (let epoch = done + 1; epoch <= cfg.epochs; epoch++) {
    // A new order of the names every epoch, fixed by (seed, epoch): a resumed run sees the same data.
    const { chunks } = streamChunks(data.train, cfg.batch, cfg.chunk, rng((cfg.seed * 1000003 + epoch * 7919 + 17) >>> 0));
    model.resetState();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let sum = 0;
    let count = 0;
    chunks.forEach((chunk, i) => {
      const k = validSteps(chunk);
      sum += model.trainStep(chunk).loss * k;
      count += k;
      progressBar(`epoch ${epoch}/${cfg.epochs}`, i + 1, chunks.length, 'loss/char', sum / count, t0);
    });
    const trainSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const valLoss = streamLoss(model, val.chunks);
    const evalSeconds = (performance.now() - t1) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6; // all threads, training and evaluation
    if (cfg.checkpoint) writeAtomic(cfg.checkpoint, model.saveCheckpoint());
    const row = { epoch, loss: sum / count, valLoss, valPerplexity: Math.exp(valLoss), trainSeconds, evalSeconds, cpuSeconds, step: model.step };
    history.push(row);
    const line = `epoch ${epoch}/${cfg.epochs}  loss/char ${f4(row.loss)}  val loss/char ${f4(valLoss)}  val perplexity ${row.valPerplexity.toFixed(2)}  ${trainSeconds.toFixed(1)} s train + ${evalSeconds.toFixed(1)} s eval`;
    if (tty) process.stdout.write(`\r${line}\x1b[K\n`);
    else console.log(line);
  }

  const samples = cfg.samples > 0 ? sampleNames(model, cfg.samples, cfg.temperature, cfg.seed) : [];
  console.log('\nnames report');
  if (history.length === 0) console.log(`  nothing to train: ${done} epoch(s) already done (--epochs ${cfg.epochs})`);
  else {
    const first = history[0];
    const last = history[history.length - 1];
    const best = history.reduce((a, b) => (b.valLoss < a.valLoss ? b : a));
    console.log(`  epochs            ${first.epoch}..${last.epoch} (${model.step} steps)`);
    console.log(`  loss/char         ${f4(first.loss)} (epoch ${first.epoch}) -> ${f4(last.loss)} (epoch ${last.epoch}); uniform guessing: ${f4(Math.log(ALPHABET.length))}`);
    console.log(`  val loss/char     ${f4(last.valLoss)} (perplexity ${last.valPerplexity.toFixed(2)}); best ${f4(best.valLoss)} at epoch ${best.epoch}`);
    console.log(`  seconds / epoch   ${(history.reduce((s, r) => s + r.trainSeconds + r.evalSeconds, 0) / history.length).toFixed(1)} (training ${(history.reduce((s, r) => s + r.trainSeconds, 0) / history.length).toFixed(1)})`);
  }
  if (samples.length) {
    const novel = samples.filter((s) => s.length > 0 && !data.all.has(s)).length;
    console.log(`  samples (temperature ${cfg.temperature}, ${novel} of ${samples.length} not in the lists):`);
    console.log(`    ${samples.map((s) => (s.length ? title(s) : '(empty)') + (data.all.has(s) ? '' : '*')).join(', ')}`);
  }
  if (cfg.checkpoint && history.length) console.log(`  checkpoint        ${cfg.checkpoint}`);
  if (cfg.json) {
    fs.writeFileSync(cfg.json, JSON.stringify({ model: which.name, config: { ...cfg, train: data.train.length, val: data.val.length, chunksPerEpoch }, resumedFrom: done, history, samples }, null, 2));
  }
}

await main();
