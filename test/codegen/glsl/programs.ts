// The kernel-IR programs the GLSL module runs, for any module (glslPrograms: as the JS target
// schedules them, plus the optimizer update for a model that trains), and the examples to check.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Module } from '../../../src/ir/types.js';
import type { Program } from '../../../src/codegen/kernel-ir.js';
import { glslPrograms } from '../../../src/codegen/glsl/module.js';
import { compileModule } from '../../../src/codegen/programs.js';

export const root = path.resolve(new URL('../../..', import.meta.url).pathname);

export const examples = fs
  .readdirSync(path.join(root, 'examples'))
  .filter((d) => fs.existsSync(path.join(root, 'examples', d, 'model.ts')))
  .sort();

export function programsOf(m: Module): { infer: Program; evaluate?: Program; train?: Program; update?: Program } {
  const programs = glslPrograms(compileModule(m));
  return { infer: programs.run, evaluate: programs.runEval, train: programs.runTrain, update: programs.update };
}
