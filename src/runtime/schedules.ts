// Learning-rate schedules as pure functions of the step count (no scheduler object to save or
// restore: a checkpoint's step is enough to resume the schedule exactly).

export type LrSchedule =
  | { kind: 'constant' }
  | { kind: 'step'; stepSize: number; gamma: number }
  | { kind: 'cosine'; totalSteps: number; minLr?: number; warmupSteps?: number };

const OPTIONS: Record<LrSchedule['kind'], readonly string[]> = {
  constant: [],
  step: ['stepSize', 'gamma'],
  cosine: ['totalSteps', 'minLr', 'warmupSteps'],
};

/** Checks a schedule (possibly from JSON) and throws an Error naming the bad option. */
export function validateLrSchedule(schedule: unknown): LrSchedule {
  if (schedule === null || typeof schedule !== 'object' || Array.isArray(schedule)) {
    throw new Error(`lr schedule must be an object, got ${JSON.stringify(schedule)}`);
  }
  const s = schedule as Record<string, unknown>;
  if (typeof s.kind !== 'string' || !Object.hasOwn(OPTIONS, s.kind)) {
    throw new Error(`lr schedule: unknown kind ${JSON.stringify(s.kind)} (expected one of ${Object.keys(OPTIONS).join(', ')})`);
  }
  const kind = s.kind as LrSchedule['kind'];
  for (const key of Object.keys(s)) {
    if (key !== 'kind' && !OPTIONS[kind].includes(key)) {
      throw new Error(`lr schedule ${kind}: unknown option '${key}'${OPTIONS[kind].length ? ` (expected ${OPTIONS[kind].join(', ')})` : ''}`);
    }
  }
  const bad = (key: string, want: string): never => {
    throw new Error(`lr schedule ${kind}: option '${key}' must be ${want}, got ${JSON.stringify(s[key])}`);
  };
  const posInt = (key: string) => {
    if (!Number.isSafeInteger(s[key]) || (s[key] as number) < 1) bad(key, 'a positive integer');
  };
  if (kind === 'step') {
    posInt('stepSize');
    if (typeof s.gamma !== 'number' || !Number.isFinite(s.gamma) || s.gamma < 0) bad('gamma', 'a finite number >= 0');
  } else if (kind === 'cosine') {
    posInt('totalSteps');
    if (s.minLr !== undefined && (typeof s.minLr !== 'number' || !Number.isFinite(s.minLr) || s.minLr < 0)) {
      bad('minLr', 'a finite number >= 0');
    }
    if (s.warmupSteps !== undefined) {
      const w = s.warmupSteps;
      if (!Number.isSafeInteger(w) || (w as number) < 0 || (w as number) >= (s.totalSteps as number)) {
        bad('warmupSteps', `an integer in [0, totalSteps ${s.totalSteps as number})`);
      }
    }
  }
  return schedule as LrSchedule;
}

/**
 * The learning rate for the next update after `step` completed steps (0 for the first update):
 * torch's scheduler.get_last_lr() after `step` calls of scheduler.step().
 * - step: StepLR, baseLr * gamma^floor(step / stepSize).
 * - cosine: CosineAnnealingLR's closed form, minLr + (baseLr - minLr) (1 + cos(pi t / T)) / 2
 *   with T = totalSteps - warmupSteps, held at minLr after totalSteps (torch's formula would rise
 *   again, which a training run that has reached its stated end does not want). With warmupSteps
 *   W, steps 0..W-1 ramp linearly baseLr (step + 1) / W first, and the cosine starts at step W.
 */
export function learningRate(baseLr: number, schedule: LrSchedule, step: number): number {
  if (typeof baseLr !== 'number' || !Number.isFinite(baseLr) || baseLr < 0) {
    throw new Error(`lr schedule: base lr must be a finite number >= 0, got ${baseLr}`);
  }
  if (!Number.isSafeInteger(step) || step < 0) throw new Error(`lr schedule: step must be a non-negative integer, got ${step}`);
  const s = validateLrSchedule(schedule);
  switch (s.kind) {
    case 'constant':
      return baseLr;
    case 'step':
      return baseLr * s.gamma ** Math.floor(step / s.stepSize);
    case 'cosine': {
      const minLr = s.minLr ?? 0;
      const warmup = s.warmupSteps ?? 0;
      if (step < warmup) return (baseLr * (step + 1)) / warmup;
      const t = step - warmup;
      const T = s.totalSteps - warmup;
      if (t >= T) return minLr;
      return minLr + ((baseLr - minLr) * (1 + Math.cos((Math.PI * t) / T))) / 2;
    }
  }
}
