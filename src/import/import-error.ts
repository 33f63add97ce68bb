// A model file that cannot be imported: damaged, or using an op, layer or attribute rnnc does not
// support. The message names the file, the node or layer, and what is supported; nothing is written.

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
