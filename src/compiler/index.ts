// rnnc/compiler: the compiler as a library, for build tools. `compile` takes a model file and
// returns the generated files in memory with located diagnostics as data; `writeCompiled` writes
// them; `watchCompile` compiles again on every change. The CLI and the bundler plugin use these.

export {
  compile,
  loadModelFile,
  compileLoaded,
  type LoadedModel,
  renderModule,
  diagnosticsOf,
  targetList,
  TARGET_NAMES,
  type TargetName,
  type CompileOptions,
  type CompileResult,
  type CompiledFile,
  type Diagnostic,
} from './compile.js';
export { writeCompiled, OUT_PACKAGE_JSON, type WriteResult } from './write.js';
export { watchCompile, type Watcher, type WatchOptions } from './watch.js';
export type { ModelMeta } from '../runtime/shell.js';
