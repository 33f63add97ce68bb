// Reads test/fixtures/optim (written by scripts/fixtures/make_torch_optim_fixtures.py): tensors
// through the runtime's reader, plus the safetensors metadata it skips.
import { readFileSync, readdirSync } from 'node:fs';
import { readSafetensors } from '../../src/runtime/safetensors.js';

export const OPTIM_DIR = new URL('../fixtures/optim/', import.meta.url);

export const PARAMS = [
  { name: 'enc.W', shape: [3, 4] },
  { name: 'enc.b', shape: [5] },
] as const;

export interface Fixture {
  tensors: Map<string, Float32Array>;
  meta: Record<string, string>;
}

export function metadataOf(bytes: Uint8Array): Record<string, string> {
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as { __metadata__?: Record<string, string> };
  return header.__metadata__ ?? {};
}

export function loadFixture(file: string): Fixture {
  const bytes = new Uint8Array(readFileSync(new URL(file, OPTIM_DIR)));
  const tensors = new Map<string, Float32Array>();
  for (const [k, t] of readSafetensors(bytes, file)) tensors.set(k, t.data as Float32Array);
  return { tensors, meta: metadataOf(bytes) };
}

/** The optimizer cases: every fixture file but the shared inputs, clip and schedule files. */
export function optimizerCases(): string[] {
  return readdirSync(OPTIM_DIR)
    .filter((f) => f.endsWith('.safetensors') && !['inputs.safetensors', 'clip.safetensors', 'schedules.safetensors'].includes(f))
    .map((f) => f.replace(/\.safetensors$/, ''))
    .sort();
}

/** max over elements of |actual - expected| / |expected| (an exact match gives 0). */
export function maxRelError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const d = Math.abs(actual[i] - expected[i]);
    if (d === 0) continue;
    worst = Math.max(worst, Number.isNaN(d) ? Infinity : d / Math.max(Math.abs(expected[i]), 1e-30));
  }
  return worst;
}
