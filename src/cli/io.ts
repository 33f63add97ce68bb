// Where a command writes: the process's streams (bin/rnnc.js), or a test's own buffers.

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}
