// Seeded, deterministic PRNG for parameter initialisation: xoshiro128** seeded through
// splitmix32. Integer-only 32-bit arithmetic, so every JS engine gives the same stream.

/** FNV-1a over the UTF-16 code units of a string: a cheap, stable 32-bit name hash. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32 step: spreads a (possibly low-entropy) seed over all 32 bits. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Box–Muller yields normals in pairs; the second is kept for the next call. */
  private spare: number | null = null;

  constructor(seed: number) {
    // Fold a seed of any size (or a fraction) into 32 bits without losing its high bits.
    const lo = seed >>> 0;
    const hi = Math.floor(Math.abs(seed) / 2 ** 32) >>> 0;
    const st = { s: lo ^ Math.imul(hi, 0x9e3779b1) };
    this.a = splitmix32(st);
    this.b = splitmix32(st);
    this.c = splitmix32(st);
    this.d = splitmix32(st);
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1; // the all-zero state is a fixed point
  }

  /**
   * The four state words as u32, for checkpoints: `Rng.fromState(r.state())` continues the same
   * uniform stream (a pending Box–Muller spare is not part of it).
   */
  state(): [number, number, number, number] {
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }

  /**
   * A generator with an exact xoshiro128** state (checkpoints, reference vectors): exactly four
   * 32-bit integer words (u32, or their signed int32 bit patterns), not all zero. Anything else is
   * a RangeError that shows the state, before a generator exists.
   */
  static fromState(state: readonly number[]): Rng {
    const ok = (x: unknown) => Number.isInteger(x) && (x as number) >= -(2 ** 31) && (x as number) < 2 ** 32;
    if (!Array.isArray(state) || state.length !== 4 || !state.every(ok)) {
      throw new RangeError(`xoshiro128** state must be four 32-bit integers, got ${stateText(state)}`);
    }
    if (state.every((x) => (x | 0) === 0)) throw new RangeError('xoshiro128** state must not be all zero (the generator would stay at zero)');
    const r = new Rng(0);
    [r.a, r.b, r.c, r.d] = state.map((x) => x | 0);
    return r;
  }

  /** Next 32-bit unsigned integer (xoshiro128**). */
  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextU32() >>> 5; // 27 bits
    const lo = this.nextU32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Standard normal (mean 0, std 1) by Box–Muller. */
  normal(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    const u1 = 1 - this.uniform(); // (0, 1]: log stays finite
    const u2 = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }
}

function stateText(state: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(state) ?? String(state);
  } catch {
    text = String(state);
  }
  return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

export function createRng(seed: number): Rng {
  return new Rng(seed);
}

/**
 * An independent stream for one named parameter: its values depend only on (seed, name),
 * so adding or reordering parameters never changes the others' initial values.
 */
export function streamFor(seed: number, name: string): Rng {
  const st = { s: (seed >>> 0) ^ Math.imul(Math.floor(Math.abs(seed) / 2 ** 32) >>> 0, 0x9e3779b1) };
  const mixedSeed = splitmix32(st) ^ fnv1a(name);
  return new Rng(mixedSeed >>> 0);
}
