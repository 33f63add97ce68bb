// Loading weights or a checkpoint over HTTP: the bytes that create({ weights }), loadWeights() and
// loadCheckpoint() take. A failed request is a WeightsError naming the URL and the HTTP status, not
// a parse error of an HTML 404 page later. Browser-safe (global fetch; Node 18+ has it too).

import { WeightsError } from './errors.js';
import { mergeShards, shardIndex } from './weights-file.js';

export interface FetchWeightsOptions {
  readonly signal?: AbortSignal;
  /** Called as bytes arrive; `total` is the Content-Length, undefined when the server sends none. */
  readonly onProgress?: (loaded: number, total: number | undefined) => void;
  /** Passed to fetch (headers, credentials, cache...). */
  readonly init?: RequestInit;
  /** The fetch to use (default: globalThis.fetch). */
  readonly fetch?: typeof fetch;
}

/**
 * The bytes at `url`: a weights file (safetensors, PyTorch) or an rnnc checkpoint. For the index
 * of a sharded checkpoint (`model.safetensors.index.json`), its shards are fetched from beside it
 * and merged into one safetensors file.
 */
export async function fetchWeights(url: string | URL, opts: FetchWeightsOptions = {}): Promise<Uint8Array> {
  const bytes = await fetchBytes(url, opts);
  const index = shardIndex(bytes);
  if (!index) return bytes;
  const base = new URL(String(url), (globalThis as { location?: { href: string } }).location?.href);
  const shards = new Map<string, Uint8Array>();
  for (const file of new Set(index.values())) shards.set(file, await fetchBytes(new URL(file, base), opts));
  return mergeShards(index, shards, String(url));
}

async function fetchBytes(url: string | URL, opts: FetchWeightsOptions): Promise<Uint8Array> {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const where = String(url);
  if (typeof doFetch !== 'function') throw new WeightsError(`${where}: this JavaScript environment has no fetch`);
  let res: Response;
  try {
    res = await doFetch(url, { ...opts.init, ...(opts.signal ? { signal: opts.signal } : {}) });
  } catch (e) {
    if ((e as Error | undefined)?.name === 'AbortError') throw e;
    throw new WeightsError(`${where}: the request failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok) throw new WeightsError(`${where}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  const type = res.headers.get('content-type') ?? '';
  // A dev server's fallback page for a missing file (vite serves index.html with status 200).
  if (type.startsWith('text/html')) throw new WeightsError(`${where}: the server sent an HTML page (content-type ${type}), not weights; is the path right?`);
  const lengthHeader = res.headers.get('content-length');
  const total = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
  if (!res.body || !opts.onProgress) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    opts.onProgress(loaded, total);
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
