// The names model's symbols and its truncated-BPTT stream: browser-safe, shared by train.mjs (through
// data.mjs, which loads the name lists in Node) and the web demo (examples/web).
import { rng, shuffle } from '../random.mjs';

/** Symbol ids: 0 is the name separator (shown as '.'), then a-z, hyphen, apostrophe, space. */
export const ALPHABET = ".abcdefghijklmnopqrstuvwxyz-' ";
export const SEP = 0;
const ID = new Map([...ALPHABET].map((c, i) => [c, i]));

export function encode(name) {
  return [...name].map((c) => ID.get(c));
}

export function decode(ids) {
  return ids.map((i) => ALPHABET[i]).join('');
}

/**
 * The names of the given lists, lowercased and without duplicates (a name on both lists counts
 * once), in a seeded order; `limit` of them, the last `valFraction` held out for validation.
 */
export function splitNames(lists, { seed = 0, limit, valFraction = 0.1 } = {}) {
  const unique = [...new Set(lists.flat().map((n) => n.toLowerCase().trim()))].filter((n) => n.length > 0 && [...n].every((c) => ID.has(c) && c !== '.'));
  unique.sort();
  const names = shuffle(unique, rng(seed ^ 0x6e616d65)).slice(0, limit ?? unique.length);
  const nVal = Math.max(1, Math.round(names.length * valFraction));
  return { train: names.slice(nVal), val: names.slice(0, nVal), all: new Set(unique) };
}

/**
 * Truncated-BPTT chunks over one stream: the names (shuffled when `random` is given) joined by the
 * separator, with one at the start, cut into B parallel streams (row b continues in every chunk),
 * then into consecutive chunks of k1 steps. Inputs are the stream, targets the stream shifted by
 * one; the last chunk is padded to k1 steps with mask 0.
 */
export function streamChunks(names, B, k1, random) {
  const order = random ? shuffle([...names], random) : names;
  const stream = [SEP];
  for (const n of order) stream.push(...encode(n), SEP);
  const L = Math.floor((stream.length - 1) / B); // steps per row
  if (L < 1) throw new Error(`streamChunks: ${stream.length} symbols cannot fill ${B} rows`);
  const chunks = [];
  for (let t0 = 0; t0 < L; t0 += k1) {
    const T = k1;
    const chars = new Int32Array(B * T);
    const targets = new Int32Array(B * T);
    const mask = new Float32Array(B * T);
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < T && t0 + t < L; t++) {
        const at = b * L + t0 + t;
        chars[b * T + t] = stream[at];
        targets[b * T + t] = stream[at + 1];
        mask[b * T + t] = 1;
      }
    }
    chunks.push({ chars: { data: chars, shape: [B, T] }, targets: { data: targets, shape: [B, T] }, mask: { data: mask, shape: [B, T] } });
  }
  return { chunks, symbols: L * B };
}

/**
 * The next symbol of each of `count` rows, drawn from the softmax of its logits (row b at
 * [b * V, (b + 1) * V)) at `temperature`.
 */
export function sampleSymbols(logits, count, temperature, random) {
  const V = ALPHABET.length;
  const next = new Int32Array(count);
  for (let b = 0; b < count; b++) {
    const row = logits.subarray(b * V, (b + 1) * V);
    let max = -Infinity;
    for (const x of row) max = Math.max(max, x / temperature);
    const p = Array.from(row, (x) => Math.exp(x / temperature - max));
    let u = random() * p.reduce((s, x) => s + x, 0);
    let c = V - 1;
    for (let i = 0; i < V; i++) {
      u -= p[i];
      if (u <= 0) {
        c = i;
        break;
      }
    }
    next[b] = c;
  }
  return next;
}
