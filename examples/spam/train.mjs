#!/usr/bin/env node
// Trains the spam filter (model.ts: LSTM, model-gru.ts: GRU) on the SpamAssassin corpus with the
// module rnnc generates, and reports training loss, training and validation accuracy per epoch.
//
//   node examples/spam/train.mjs [--cell lstm|gru] [--epochs N] [--limit N] [--seed N] [--quick]
//        [--max-tokens N] [--batch N] [--checkpoint FILE] [--resume FILE] [--out DIR] [--json FILE]
//
// Plain Node (no TypeScript toolchain): the model is compiled with `bin/rnnc.js compile` into
// --out (default examples/spam/out), reused while it is newer than the model file and dist/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { evalBatches, epochBatches, loadSpam } from './data.mjs';
import { compileModel, progressBar, tty, writeAtomic } from '../shared.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const USAGE = `usage: node examples/spam/train.mjs [--cell lstm|gru] [--epochs N] [--limit N] [--seed N] [--quick]
       [--max-tokens N] [--batch N] [--checkpoint FILE] [--resume FILE] [--out DIR] [--json FILE]`;

function parseArgs(argv) {
  const opts = {};
  const ints = { '--epochs': 'epochs', '--limit': 'limit', '--seed': 'seed', '--max-tokens': 'maxTokens', '--batch': 'batch' };
  const strs = { '--cell': 'cell', '--checkpoint': 'checkpoint', '--resume': 'resume', '--out': 'out', '--json': 'json' };
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
  const cell = opts.cell ?? 'lstm';
  if (cell !== 'lstm' && cell !== 'gru') usage(`--cell must be lstm or gru, got '${cell}'`);
  // --quick: the small configuration the test suite runs (explicit flags still win).
  const q = opts.quick ? { limit: 200, epochs: 3, maxTokens: 40 } : {};
  return {
    cell,
    epochs: opts.epochs ?? q.epochs ?? 6,
    limit: opts.limit ?? q.limit,
    seed: opts.seed ?? 0,
    maxTokens: opts.maxTokens ?? q.maxTokens ?? 120,
    batch: opts.batch || 32,
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


/** Loss and accuracy of the model (no dropout, parameters unchanged) over prepared batches. */
function measure(model, batches) {
  let loss = 0;
  let correct = 0;
  let n = 0;
  const confusion = [
    [0, 0],
    [0, 0],
  ]; // [label][predicted]
  for (const { batch, examples } of batches) {
    const r = model.evaluate(batch);
    const logits = r.outputs.logits.data;
    examples.forEach((e, b) => {
      const pred = logits[2 * b + 1] > logits[2 * b] ? 1 : 0;
      confusion[e.label][pred]++;
      if (pred === e.label) correct++;
    });
    loss += r.loss * examples.length;
    n += examples.length;
  }
  return { loss: loss / n, acc: correct / n, confusion };
}

const f4 = (x) => x.toFixed(4);

async function main() {
  const cfg = parseArgs(process.argv.slice(2));
  const modelFile = path.join(here, cfg.cell === 'gru' ? 'model-gru.ts' : 'model.ts');
  const name = cfg.cell === 'gru' ? 'spam_gru' : 'spam_lstm';
  const jsFile = compileModel(modelFile, name, cfg.out);
  const { create, meta } = await import(pathToFileURL(jsFile).href);
  const vocabSize = meta.params.find((p) => p.name === 'emb.E').shape[0];

  const t = performance.now();
  const data = loadSpam({ seed: cfg.seed, limit: cfg.limit, maxTokens: cfg.maxTokens, vocabSize });
  const trainEval = evalBatches(data.train, 64);
  const valEval = evalBatches(data.val, 64);
  const spamShare = data.train.filter((e) => e.label === 1).length / data.train.length;
  console.log(
    `${name}: ${data.train.length} training / ${data.val.length} validation emails (${(100 * spamShare).toFixed(1)}% spam), ` +
      `at most ${cfg.maxTokens} words each, vocabulary ${vocabSize} (covers ${(100 * data.covered).toFixed(1)}% of training words); ` +
      `batch ${cfg.batch}, seed ${cfg.seed}; data ready in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  const model = create({ seed: cfg.seed });
  const batchesPerEpoch = Math.ceil(data.train.length / cfg.batch);
  let done = 0;
  if (cfg.resume) {
    try {
      model.loadCheckpoint(fs.readFileSync(cfg.resume), { source: cfg.resume });
    } catch (e) {
      console.error(`train.mjs: cannot resume from ${cfg.resume}: ${e.message}`);
      process.exit(1);
    }
    if (model.step % batchesPerEpoch !== 0) {
      console.error(`train.mjs: ${cfg.resume} is at step ${model.step}, not at the end of an epoch of this configuration (${batchesPerEpoch} batches per epoch); use the same --limit, --batch and --seed`);
      process.exit(1);
    }
    done = model.step / batchesPerEpoch;
    console.log(`resumed from ${cfg.resume}: step ${model.step}, ${done} epoch(s) done`);
  }

  const history = [];
  let reached = null;
  for (let epoch = done + 1; epoch <= cfg.epochs; epoch++) {
    const batches = epochBatches(data.train, cfg.batch, cfg.seed, epoch);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let sum = 0;
    let count = 0;
    batches.forEach((batch, i) => {
      const B = batch.labels.shape[0];
      const r = model.trainStep(batch);
      sum += r.loss * B;
      count += B;
      progressBar(`epoch ${epoch}/${cfg.epochs}`, i + 1, batches.length, 'loss', sum / count, t0);
    });
    const trainSeconds = (performance.now() - t0) / 1000;
    if (tty) process.stdout.write(`\r${`epoch ${epoch}/${cfg.epochs} evaluating...`}\x1b[K`);
    const t1 = performance.now();
    const tr = measure(model, trainEval);
    const va = measure(model, valEval);
    const evalSeconds = (performance.now() - t1) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6; // all threads, training and evaluation
    if (cfg.checkpoint) writeAtomic(cfg.checkpoint, model.saveCheckpoint());
    const row = { epoch, loss: sum / count, trainLoss: tr.loss, trainAcc: tr.acc, valLoss: va.loss, valAcc: va.acc, valConfusion: va.confusion, trainSeconds, evalSeconds, cpuSeconds, step: model.step };
    history.push(row);
    if (reached === null && tr.acc >= 0.99) reached = epoch;
    const line = `epoch ${epoch}/${cfg.epochs}  loss ${f4(row.loss)}  train acc ${f4(tr.acc)}  val acc ${f4(va.acc)}  val loss ${f4(va.loss)}  ${trainSeconds.toFixed(1)} s train + ${evalSeconds.toFixed(1)} s eval`;
    if (tty) process.stdout.write(`\r${line}\x1b[K\n`);
    else console.log(line);
  }

  // The final report.
  console.log(`\n${name} report`);
  if (history.length === 0) {
    console.log(`  nothing to train: ${done} epoch(s) already done (--epochs ${cfg.epochs})`);
  } else {
    const last = history[history.length - 1];
    const [[_tn, fp], [fn, tp]] = last.valConfusion;
    const meanSeconds = history.reduce((s, r) => s + r.trainSeconds + r.evalSeconds, 0) / history.length;
    console.log(`  epochs           ${done + 1}..${last.epoch} (${model.step} steps)`);
    console.log(`  training loss    ${f4(history[0].loss)} (epoch ${history[0].epoch}) -> ${f4(last.loss)} (epoch ${last.epoch})`);
    console.log(`  train accuracy   ${f4(last.trainAcc)}${reached !== null ? ` (>= 0.99 from epoch ${reached})` : ' (did not reach 0.99)'}`);
    console.log(`  val accuracy     ${f4(last.valAcc)} (spam precision ${f4(tp / Math.max(1, tp + fp))}, recall ${f4(tp / Math.max(1, tp + fn))}; ${fp} ham flagged, ${fn} spam missed)`);
    console.log(`  seconds / epoch  ${meanSeconds.toFixed(1)} (training ${(history.reduce((s, r) => s + r.trainSeconds, 0) / history.length).toFixed(1)})`);
  }
  if (cfg.checkpoint && history.length) console.log(`  checkpoint       ${cfg.checkpoint}`);
  if (cfg.json) {
    fs.writeFileSync(cfg.json, JSON.stringify({ model: name, config: { ...cfg, vocabSize, train: data.train.length, val: data.val.length }, resumedFrom: done, reached099: reached, history }, null, 2));
  }
}

await main();
