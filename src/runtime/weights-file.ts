// Weights as people have them: a safetensors file, a PyTorch torch.save file (.pt, .pth, .bin), or
// a sharded safetensors checkpoint (`model.safetensors.index.json` beside its shards). The format
// is recognised by content, not by file name. Browser-safe.

import { clipText, WeightsError } from './errors.js';
import { readSafetensors, writeSafetensors, type NamedTensor } from './safetensors.js';
import { isZip, readTorchFile } from './torch-file.js';

/** How a weights file's notes reach the user (default: console.warn, once per note). */
export type NoteSink = (message: string) => void;

const told = new Set<string>();
export const warnNote: NoteSink = (m) => {
  if (told.has(m)) return;
  told.add(m);
  console.warn(`note: ${m}`);
};

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => b.length >= sig.length && sig.every((x, i) => b[i] === x);
const HDF5 = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/** The tensors of a weights file, whatever its format. */
export function readWeightsFile(bytes: Uint8Array, source: string, notes: NoteSink = warnNote): Map<string, NamedTensor> {
  if (isZip(bytes)) return readTorchFile(bytes, source, notes);
  if (startsWith(bytes, [0x80, 0x02, 0x8a, 0x0a])) {
    throw new WeightsError(`${source}: a PyTorch file in the legacy format (torch.save before 1.6, or _use_new_zipfile_serialization=False), which rnnc does not read: save it again with torch.save(model.state_dict(), path), or as safetensors`);
  }
  if (startsWith(bytes, HDF5)) {
    throw new WeightsError(`${source}: an HDF5 file (Keras .h5): rnnc reads weights from safetensors and PyTorch files; save the Keras weights as safetensors (layout keras)`);
  }
  if (shardIndex(bytes) !== undefined) {
    throw new WeightsError(`${source}: the index of a sharded checkpoint, not the weights: load it with fetchWeights(url of the index) in a browser, or rnnc run --weights INDEX.json, which read its shards`);
  }
  return readSafetensors(bytes, source);
}

/** An index is a small JSON file; weights files are parsed as JSON only when they could be one. */
const MAX_INDEX_BYTES = 64 << 20;

/** A sharded checkpoint's index (`{"weight_map": {tensor: shard file}}`), or undefined when `bytes` are not one. */
export function shardIndex(bytes: Uint8Array): Map<string, string> | undefined {
  // Cheap tests first: a safetensors or PyTorch file never starts with '{' after blanks.
  let first = 0;
  while (first < bytes.length && (bytes[first] === 0x20 || bytes[first] === 0x0a || bytes[first] === 0x0d || bytes[first] === 0x09)) first++;
  if (bytes[first] !== 0x7b || bytes.length > MAX_INDEX_BYTES) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  const map = (json as { weight_map?: unknown } | null)?.weight_map;
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return undefined;
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(map)) {
    if (typeof v !== 'string') return undefined;
    out.set(k, v);
  }
  return out;
}

/**
 * One safetensors file from a sharded checkpoint: its index and the shards' bytes by file name.
 * Every tensor the index names must be in its shard, and no shard may hold one the index puts
 * elsewhere.
 */
export function mergeShards(index: Map<string, string>, shards: ReadonlyMap<string, Uint8Array>, source: string, notes: NoteSink = warnNote): Uint8Array {
  const tensors = new Map<string, NamedTensor>();
  const problems: string[] = [];
  for (const [file, bytes] of shards) {
    for (const [name, t] of readWeightsFile(bytes, file, notes)) {
      const want = index.get(name);
      if (want === undefined) problems.push(`shard ${clipText(file)} holds '${clipText(name)}', which the index does not list`);
      else if (want !== file) problems.push(`shard ${clipText(file)} holds '${clipText(name)}', which the index puts in ${clipText(want)}`);
      else tensors.set(name, t);
    }
  }
  for (const [name, file] of index) if (!tensors.has(name) && shards.has(file)) problems.push(`'${clipText(name)}' is not in ${clipText(file)} as the index says`);
  const missing = [...new Set(index.values())].filter((f) => !shards.has(f));
  if (missing.length) problems.unshift(`missing shard${missing.length === 1 ? '' : 's'} ${missing.map((f) => clipText(f)).join(', ')}`);
  if (problems.length) throw new WeightsError(`${source}: ${problems.slice(0, 8).join('; ')}${problems.length > 8 ? `; and ${problems.length - 8} more` : ''}`);
  return writeSafetensors(tensors);
}
