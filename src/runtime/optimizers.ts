// First-order optimizers with PyTorch 1.13's exact update rules and defaults (torch.optim's
// single-tensor code paths), so a model trained with rnnc follows the same trajectory as one
// trained with torch. Each element is computed in float64, in torch's order of operations, and
// stored to float32 (params and state); test/fixtures/optim holds torch's reference trajectories.

export type OptimizerSpec =
  | { kind: 'sgd'; lr: number; momentum?: number; nesterov?: boolean; weightDecay?: number }
  | { kind: 'adagrad'; lr: number; eps?: number; initialAccumulator?: number; weightDecay?: number }
  | { kind: 'adadelta'; lr?: number; rho?: number; eps?: number; weightDecay?: number }
  | { kind: 'rmsprop'; lr: number; alpha?: number; eps?: number; momentum?: number; centered?: boolean; weightDecay?: number }
  | { kind: 'adam'; lr: number; beta1?: number; beta2?: number; eps?: number; weightDecay?: number }
  | { kind: 'adamw'; lr: number; beta1?: number; beta2?: number; eps?: number; weightDecay?: number };

export type OptimizerKind = OptimizerSpec['kind'];

export interface OptimizerParam {
  name: string;
  size: number;
}

/** A range check for one numeric option: `min`/`max` inclusive unless marked open. */
interface NumOpt {
  type: 'number';
  required?: boolean;
  min: number;
  minOpen?: boolean;
  max?: number;
  maxOpen?: boolean;
}
interface BoolOpt {
  type: 'boolean';
}
type Opt = NumOpt | BoolOpt;

const LR: NumOpt = { type: 'number', required: true, min: 0 };
const DECAY: NumOpt = { type: 'number', min: 0 };
const EPS: NumOpt = { type: 'number', min: 0 };
const BETA: NumOpt = { type: 'number', min: 0, max: 1, maxOpen: true };

/** Every option each kind accepts (anything else is a typo, reported by name). */
const OPTIONS: Record<OptimizerKind, Record<string, Opt>> = {
  sgd: { lr: LR, momentum: { type: 'number', min: 0 }, nesterov: { type: 'boolean' }, weightDecay: DECAY },
  adagrad: { lr: LR, eps: EPS, initialAccumulator: { type: 'number', min: 0 }, weightDecay: DECAY },
  adadelta: { lr: { type: 'number', min: 0 }, rho: { type: 'number', min: 0, max: 1 }, eps: EPS, weightDecay: DECAY },
  rmsprop: {
    lr: LR,
    alpha: { type: 'number', min: 0 },
    eps: EPS,
    momentum: { type: 'number', min: 0 },
    centered: { type: 'boolean' },
    weightDecay: DECAY,
  },
  adam: { lr: LR, beta1: BETA, beta2: BETA, eps: EPS, weightDecay: DECAY },
  adamw: { lr: LR, beta1: BETA, beta2: BETA, eps: EPS, weightDecay: DECAY },
};

/** Every option filled in with torch's default. */
/** A spec with torch's default filled in for every hyperparameter it leaves out. */
export type ResolvedOptimizer = {
  kind: OptimizerKind;
  lr: number;
  momentum: number;
  nesterov: boolean;
  weightDecay: number;
  eps: number;
  initialAccumulator: number;
  rho: number;
  alpha: number;
  centered: boolean;
  beta1: number;
  beta2: number;
};

/**
 * Checks a spec (which may come from JSON: a checkpoint, a config file) and throws an Error that
 * names the offending option. Returns the spec with its type narrowed.
 */
export function validateOptimizerSpec(spec: unknown): OptimizerSpec {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    throw new Error(`optimizer spec must be an object, got ${JSON.stringify(spec)}`);
  }
  const s = spec as Record<string, unknown>;
  const kinds = Object.keys(OPTIONS);
  if (typeof s.kind !== 'string' || !Object.hasOwn(OPTIONS, s.kind)) {
    throw new Error(`optimizer: unknown kind ${JSON.stringify(s.kind)} (expected one of ${kinds.join(', ')})`);
  }
  const kind = s.kind as OptimizerKind;
  const allowed = OPTIONS[kind];
  for (const key of Object.keys(s)) {
    if (key !== 'kind' && !Object.hasOwn(allowed, key)) {
      throw new Error(`optimizer ${kind}: unknown option '${key}' (expected ${Object.keys(allowed).join(', ')})`);
    }
  }
  for (const [key, opt] of Object.entries(allowed)) {
    const v = s[key];
    if (v === undefined) {
      if (opt.type === 'number' && opt.required) throw new Error(`optimizer ${kind}: option '${key}' is required`);
      continue;
    }
    if (opt.type === 'boolean') {
      if (typeof v !== 'boolean') throw new Error(`optimizer ${kind}: option '${key}' must be a boolean, got ${JSON.stringify(v)}`);
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`optimizer ${kind}: option '${key}' must be a finite number, got ${JSON.stringify(v)}`);
    }
    const lowOk = opt.minOpen ? v > opt.min : v >= opt.min;
    const highOk = opt.max === undefined || (opt.maxOpen ? v < opt.max : v <= opt.max);
    if (!lowOk || !highOk) {
      const lo = `${opt.minOpen ? '(' : '['}${opt.min}`;
      const hi = opt.max === undefined ? 'inf)' : `${opt.max}${opt.maxOpen ? ')' : ']'}`;
      throw new Error(`optimizer ${kind}: option '${key}' is ${v}, outside ${lo}, ${hi}`);
    }
  }
  // torch.optim.SGD: "Nesterov momentum requires a momentum and zero dampening".
  if (kind === 'sgd' && s.nesterov === true && !(((s.momentum as number | undefined) ?? 0) > 0)) {
    throw new Error(`optimizer sgd: option 'nesterov' needs 'momentum' > 0`);
  }
  return spec as OptimizerSpec;
}

/** torch's defaults for what a spec leaves out (also used by the device update program). */
export function resolveOptimizer(spec: OptimizerSpec): ResolvedOptimizer {
  const s = spec as Partial<ResolvedOptimizer> & { kind: OptimizerKind };
  const kind = s.kind;
  return {
    kind,
    lr: s.lr ?? 1.0, // only Adadelta may omit lr; torch's default there is 1.0
    momentum: s.momentum ?? 0,
    nesterov: s.nesterov ?? false,
    weightDecay: s.weightDecay ?? (kind === 'adamw' ? 1e-2 : 0),
    eps: s.eps ?? (kind === 'adagrad' ? 1e-10 : kind === 'adadelta' ? 1e-6 : 1e-8),
    initialAccumulator: s.initialAccumulator ?? 0,
    rho: s.rho ?? 0.9,
    alpha: s.alpha ?? 0.99,
    centered: s.centered ?? false,
    beta1: s.beta1 ?? 0.9,
    beta2: s.beta2 ?? 0.999,
  };
}

/** The per-parameter state torch keeps for this spec, by torch's state key names. */
function slotKinds(r: ResolvedOptimizer): string[] {
  switch (r.kind) {
    case 'sgd':
      return r.momentum !== 0 ? ['momentum_buffer'] : [];
    case 'adagrad':
      return ['sum'];
    case 'adadelta':
      return ['square_avg', 'acc_delta'];
    case 'rmsprop':
      return ['square_avg', ...(r.momentum > 0 ? ['momentum_buffer'] : []), ...(r.centered ? ['grad_avg'] : [])];
    case 'adam':
    case 'adamw':
      return ['exp_avg', 'exp_avg_sq'];
  }
}

/**
 * The state slots an optimizer keeps for these params: `${slot}.${param}` (e.g.
 * 'exp_avg.lstm.W_i'), each as long as its param. A checkpoint must hold exactly these.
 */
export function optimizerSlots(spec: OptimizerSpec, params: readonly OptimizerParam[]): OptimizerParam[] {
  const kinds = slotKinds(resolveOptimizer(validateOptimizerSpec(spec)));
  const out: OptimizerParam[] = [];
  for (const k of kinds) for (const p of params) out.push({ name: `${k}.${p.name}`, size: p.size });
  return out;
}

export class Optimizer {
  readonly spec: OptimizerSpec;
  private readonly r: ResolvedOptimizer;
  private readonly params: readonly OptimizerParam[];
  /** state[slot][paramIndex] */
  private readonly state: Record<string, Float32Array[]> = {};
  private steps = 0;

  constructor(spec: OptimizerSpec, params: readonly OptimizerParam[]) {
    this.spec = validateOptimizerSpec(spec);
    this.r = resolveOptimizer(this.spec);
    const seen = new Set<string>();
    for (const p of params) {
      if (typeof p.name !== 'string' || p.name === '') throw new Error(`optimizer: a param has no name`);
      if (seen.has(p.name)) throw new Error(`optimizer: param '${p.name}' is listed twice`);
      if (!Number.isSafeInteger(p.size) || p.size < 0) throw new Error(`optimizer: param '${p.name}' has invalid size ${p.size}`);
      seen.add(p.name);
    }
    this.params = params.map((p) => ({ name: p.name, size: p.size }));
    for (const k of slotKinds(this.r)) {
      // Adagrad's sum starts at initial_accumulator_value; every other state starts at zero
      // (SGD's first momentum buffer is then buf*m + g = g, torch's clone of the first grad).
      const fill = k === 'sum' ? this.r.initialAccumulator : 0;
      this.state[k] = this.params.map((p) => new Float32Array(p.size).fill(fill));
    }
  }

  /** Number of completed steps (torch's state['step']; Adam's bias correction uses it). */
  get stepCount(): number {
    return this.steps;
  }

  /**
   * One update of every param in place. `lr` overrides spec.lr (a schedule's value for this step);
   * AdamW's decoupled decay uses it too, as torch does when a scheduler sets the group's lr.
   */
  step(params: Record<string, Float32Array>, grads: Record<string, Float32Array>, lr?: number): void {
    const r = this.r;
    const rate = lr ?? r.lr;
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0) {
      throw new Error(`optimizer ${r.kind}: lr must be a finite number >= 0, got ${rate}`);
    }
    // Check everything before touching anything, so a bad call leaves the state unchanged.
    for (const p of this.params) {
      const w = params[p.name];
      const g = grads[p.name];
      if (!(w instanceof Float32Array)) throw new Error(`optimizer: param '${p.name}' is missing (or not a Float32Array)`);
      if (!(g instanceof Float32Array)) throw new Error(`optimizer: gradient of '${p.name}' is missing (or not a Float32Array)`);
      if (w.length !== p.size) throw new Error(`optimizer: param '${p.name}' has ${w.length} elements, expected ${p.size}`);
      if (g.length !== p.size) throw new Error(`optimizer: gradient of '${p.name}' has ${g.length} elements, expected ${p.size}`);
    }
    this.steps++;
    const t = this.steps;
    this.params.forEach((p, i) => {
      const w = params[p.name];
      const g = grads[p.name];
      const st = (k: string): Float32Array => this.state[k][i];
      switch (r.kind) {
        case 'sgd':
          sgd(w, g, r, rate, r.momentum !== 0 ? st('momentum_buffer') : null);
          break;
        case 'adagrad':
          adagrad(w, g, r, rate, st('sum'));
          break;
        case 'adadelta':
          adadelta(w, g, r, rate, st('square_avg'), st('acc_delta'));
          break;
        case 'rmsprop':
          rmsprop(w, g, r, rate, st('square_avg'), r.momentum > 0 ? st('momentum_buffer') : null, r.centered ? st('grad_avg') : null);
          break;
        case 'adam':
        case 'adamw':
          adam(w, g, r, rate, t, st('exp_avg'), st('exp_avg_sq'));
          break;
      }
    });
  }

  /** Copies of the state, named `${slot}.${param}` (see optimizerSlots). */
  slots(): Record<string, Float32Array> {
    const out: Record<string, Float32Array> = {};
    for (const [k, arrays] of Object.entries(this.state)) {
      this.params.forEach((p, i) => {
        out[`${k}.${p.name}`] = arrays[i].slice();
      });
    }
    return out;
  }

  /** Restores state saved by slots() (e.g. from a checkpoint): exactly the expected slots. */
  loadSlots(slots: Record<string, Float32Array>, stepCount: number): void {
    if (!Number.isSafeInteger(stepCount) || stepCount < 0) {
      throw new Error(`optimizer: step count must be a non-negative integer, got ${stepCount}`);
    }
    const expected = optimizerSlots(this.spec, this.params);
    const names = new Set(expected.map((s) => s.name));
    for (const name of Object.keys(slots)) {
      if (!names.has(name)) throw new Error(`optimizer ${this.r.kind}: unexpected state slot '${name}'`);
    }
    for (const s of expected) {
      const v = slots[s.name];
      if (!(v instanceof Float32Array)) throw new Error(`optimizer ${this.r.kind}: state slot '${s.name}' is missing`);
      if (v.length !== s.size) throw new Error(`optimizer ${this.r.kind}: state slot '${s.name}' has ${v.length} elements, expected ${s.size}`);
    }
    for (const [k, arrays] of Object.entries(this.state)) {
      this.params.forEach((p, i) => arrays[i].set(slots[`${k}.${p.name}`]));
    }
    this.steps = stepCount;
  }
}

// ---------------------------------------------------------------------------------------------
// Update rules: torch.optim's _single_tensor_* functions (1.13), one element at a time in
// float64 and in torch's order of operations (add/addcmul/addcdiv compute a + alpha*b*c).
// Intermediates stay float64 within a step; state is rounded only where it is stored.
// `maximize`, `dampening`, `lr_decay` and `amsgrad` are left at torch's defaults (off / 0).

function sgd(w: Float32Array, g: Float32Array, r: ResolvedOptimizer, lr: number, buf: Float32Array | null): void {
  for (let j = 0; j < w.length; j++) {
    let d = g[j];
    if (r.weightDecay !== 0) d = d + r.weightDecay * w[j];
    if (buf) {
      const b = buf[j] * r.momentum + d; // dampening 0; a zero buffer makes step 1 buf = d
      buf[j] = b;
      d = r.nesterov ? d + r.momentum * b : b;
    }
    w[j] = w[j] + -lr * d;
  }
}

function adagrad(w: Float32Array, g: Float32Array, r: ResolvedOptimizer, lr: number, sum: Float32Array): void {
  for (let j = 0; j < w.length; j++) {
    let d = g[j];
    if (r.weightDecay !== 0) d = d + r.weightDecay * w[j];
    const s = sum[j] + d * d;
    sum[j] = s;
    w[j] = w[j] + (-lr * d) / (Math.sqrt(s) + r.eps);
  }
}

function adadelta(w: Float32Array, g: Float32Array, r: ResolvedOptimizer, lr: number, sq: Float32Array, acc: Float32Array): void {
  for (let j = 0; j < w.length; j++) {
    let d = g[j];
    if (r.weightDecay !== 0) d = d + r.weightDecay * w[j];
    const s = sq[j] * r.rho + (1 - r.rho) * d * d;
    sq[j] = s;
    const std = Math.sqrt(s + r.eps);
    const delta = (Math.sqrt(acc[j] + r.eps) / std) * d;
    acc[j] = acc[j] * r.rho + (1 - r.rho) * delta * delta;
    w[j] = w[j] + -lr * delta;
  }
}

function rmsprop(
  w: Float32Array,
  g: Float32Array,
  r: ResolvedOptimizer,
  lr: number,
  sq: Float32Array,
  buf: Float32Array | null,
  gavg: Float32Array | null,
): void {
  for (let j = 0; j < w.length; j++) {
    let d = g[j];
    if (r.weightDecay !== 0) d = d + r.weightDecay * w[j];
    const s = sq[j] * r.alpha + (1 - r.alpha) * d * d;
    sq[j] = s;
    let avg: number;
    if (gavg) {
      const ga = gavg[j] * r.alpha + (1 - r.alpha) * d;
      gavg[j] = ga;
      avg = Math.sqrt(s + -1 * ga * ga);
    } else {
      avg = Math.sqrt(s);
    }
    avg = avg + r.eps;
    if (buf) {
      const b = buf[j] * r.momentum + d / avg;
      buf[j] = b;
      w[j] = w[j] + -lr * b;
    } else {
      w[j] = w[j] + (-lr * d) / avg;
    }
  }
}

function adam(
  w: Float32Array,
  g: Float32Array,
  r: ResolvedOptimizer,
  lr: number,
  t: number,
  m: Float32Array,
  v: Float32Array,
): void {
  const decoupled = r.kind === 'adamw';
  const bc1 = 1 - r.beta1 ** t;
  const bc2sqrt = Math.sqrt(1 - r.beta2 ** t);
  const stepSize = lr / bc1;
  for (let j = 0; j < w.length; j++) {
    let d = g[j];
    let p = w[j];
    if (decoupled) {
      p = p * (1 - lr * r.weightDecay); // AdamW: shrink the weight itself, outside the adaptive scaling
    } else if (r.weightDecay !== 0) {
      d = d + r.weightDecay * p; // Adam: L2 added to the gradient (coupled)
    }
    const mj = m[j] * r.beta1 + (1 - r.beta1) * d;
    const vj = v[j] * r.beta2 + (1 - r.beta2) * d * d;
    m[j] = mj;
    v[j] = vj;
    w[j] = p + (-stepSize * mj) / (Math.sqrt(vj) / bc2sqrt + r.eps);
  }
}
