// The IR's public surface: data types, scan operands by role, type inference, building, printing, checking and the reference interpreter.
export * from './types.js';
export * from './scan-parts.js';
export * from './shapes.js';
export * from './graph.js';
export * from './printer.js';
export * from './verify.js';
export * from './interpret.js';
