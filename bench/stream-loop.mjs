// The W6 timing loop, shared by bench/stream.mjs (CPU rows) and the GPU rows (rnncWgslW6 in
// bench/wgsl.mjs, ortWebgpuW6 in bench/ort-webgpu.mjs): a streaming implementation is called one
// step at a time over a fixed input sequence, with its state carried from call to call.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Times `row` ({ reset(), step(x) -> output, sync or async }) on the inputs `xs`: one warm-up call
 * (the first compiles and allocates), then runs of n calls, n about 2 s of calls (at least 20, at
 * most xs.length). The first run gives `check` (the output after its last step, copied) and, with a
 * `counter` ({ n } counting dispatches), the dispatches per step; then `runs` timed runs.
 * Returns { us (median µs per step), min, n, check, dispatchesPerStep }.
 */
export async function timeStream(row, xs, { runs, counter } = {}) {
  row.reset();
  await row.step(xs[0]);
  const e0 = performance.now();
  for (const x of xs.slice(1, 11)) await row.step(x);
  const est = (performance.now() - e0) / 10;
  const n = Math.max(20, Math.min(xs.length, Math.floor(2000 / est)));
  const loop = async () => {
    row.reset();
    let last;
    for (const x of xs.slice(0, n)) last = await row.step(x);
    return last;
  };
  const d0 = counter ? counter.n : 0;
  const check = Float32Array.from(await loop());
  const dispatchesPerStep = counter ? (counter.n - d0) / n : null;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await loop();
    times.push(((performance.now() - t0) * 1000) / n);
  }
  return { us: median(times), min: Math.min(...times), n, check, dispatchesPerStep };
}
