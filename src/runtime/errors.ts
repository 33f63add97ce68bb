// Error classes the runtime throws. Distinct classes let callers (CLI, generated modules)
// tell a bad weights file from a bad input without parsing messages.

/** A weights file or parameter set that cannot be read or does not fit the model. */
export class WeightsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WeightsError';
  }
}

/** A model input of the wrong length, dtype or shape. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
