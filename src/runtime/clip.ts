// Gradient clipping, applied in place between the backward pass and the optimizer step: the
// usual guard against exploding gradients in recurrent nets (Pascanu et al. 2013).

/**
 * torch.nn.utils.clip_grad_norm_ (L2, 1.13): the norm of all gradients taken as one vector,
 * accumulated in float64; when maxNorm / (norm + 1e-6) < 1, every gradient is scaled by that
 * factor (theano-lstm's max_norm). Returns the norm before clipping. A non-finite norm leaves the
 * gradients untouched (torch would scale them to NaN); the caller can test it and skip the step.
 */
export function clipByGlobalNorm(grads: Record<string, Float32Array>, maxNorm: number): number {
  if (typeof maxNorm !== 'number' || !Number.isFinite(maxNorm) || maxNorm <= 0) {
    throw new Error(`clipByGlobalNorm: maxNorm must be a finite number > 0, got ${maxNorm}`);
  }
  let sum = 0;
  for (const g of Object.values(grads)) {
    for (let i = 0; i < g.length; i++) sum += g[i] * g[i];
  }
  const norm = Math.sqrt(sum);
  if (!Number.isFinite(norm)) return norm;
  const coef = maxNorm / (norm + 1e-6);
  if (coef < 1) {
    for (const g of Object.values(grads)) {
      for (let i = 0; i < g.length; i++) g[i] = g[i] * coef;
    }
  }
  return norm;
}

/** torch.nn.utils.clip_grad_value_: clamps every gradient element to [-limit, limit] in place. */
export function clipByValue(grads: Record<string, Float32Array>, limit: number): void {
  if (typeof limit !== 'number' || Number.isNaN(limit) || limit <= 0) {
    throw new Error(`clipByValue: limit must be a number > 0, got ${limit}`);
  }
  for (const g of Object.values(grads)) {
    for (let i = 0; i < g.length; i++) {
      const v = g[i];
      if (v > limit) g[i] = limit;
      else if (v < -limit) g[i] = -limit;
    }
  }
}
