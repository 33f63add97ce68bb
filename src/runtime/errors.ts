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

/** Most problems one message lists before "and N more". */
export const MAX_LISTED_PROBLEMS = 8;

/** Longest piece of user-supplied text (a tensor name, a dtype) quoted in a message. */
export const MAX_QUOTED_CHARS = 120;

/**
 * `text` cut to at most `max` characters (with "..." and the full length when cut), so a
 * message quoting a hostile name or value stays one short line.
 */
export function clipText(text: string, max = MAX_QUOTED_CHARS): string {
  const oneLine = text.length > max ? `${text.slice(0, max)}... (${text.length} chars)` : text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped here
  return oneLine.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first `max` problems joined with '; ', then "and N more" for the rest. */
export function listProblems(problems: readonly string[], max = MAX_LISTED_PROBLEMS): string {
  if (problems.length <= max) return problems.join('; ');
  return `${problems.slice(0, max).join('; ')}; and ${problems.length - max} more`;
}
