// Start-up of WGSL modules: create() compiles the inference program alone (a forward-only app never
// waits for the training pipelines), the training programs compile at their first call, identical
// shaders are compiled once, and a call that waits for its pipelines still sees the writes and reads
// around it in the caller's order.
import { describe, expect, it } from 'vitest';
import { trace } from '../../../src/frontend/trace.js';
import { emitWgslModule } from '../../../src/codegen/wgsl/module.js';
import { Engine, type EnginePlan } from '../../../src/codegen/wgsl/engine.js';
import { freshDevice } from '../../helpers/dawn.js';
import { inputsFor, paramsFor } from '../../helpers/models.js';
import { trainRegress } from '../../helpers/cases.js';
import { compileWgsl } from './helpers.js';

/** A null-backend device that counts the pipelines it creates. */
async function countingDevice(): Promise<{ device: GPUDevice; made: string[] }> {
  const device = await freshDevice('null');
  const made: string[] = [];
  const create = device.createComputePipelineAsync.bind(device);
  device.createComputePipelineAsync = (d: GPUComputePipelineDescriptor) => {
    made.push(d.label ?? '');
    return create(d);
  };
  return { device, made };
}

const mod = trace(trainRegress);
const { plan } = emitWgslModule(mod);
const gridKind = new Map(Object.values(plan.programs).flatMap((p) => p.kernels.map((k) => [k.name, k.grid.kind] as const)));
/** Kernels that differ in more than comments (or in their grid, whose constants differ). */
const distinct = (names: readonly string[]) => new Set(names.map((n) => `${gridKind.get(n)}\n${plan.shaders[n].replace(/^\s*\/\/.*\n/gm, '')}`)).size;
const kernelsOf = (p: string) => plan.programs[p].kernels.map((k) => k.name);

describe('create() and the first calls', () => {
  it("create() compiles the forward program's pipelines alone; a training program compiles at its first call", async () => {
    const { device, made } = await countingDevice();
    const engine = await Engine.create(plan as EnginePlan, device);
    expect(made.length).toBe(distinct(kernelsOf('run')));
    expect(made.every((n) => n.startsWith('run_'))).toBe(true);
    const B = 2;
    const T = 3;
    await engine.call(B, T, [{ program: 'runTrain', inputs: [new Float32Array(B * T * 3), new Float32Array(B * T * 2)] }]);
    expect(made.some((n) => n.startsWith('runTrain_'))).toBe(true);
    expect(made.some((n) => n.startsWith('update_'))).toBe(false);
    engine.dispose();
  });

  it('identical shaders are compiled once: fewer pipelines than kernels', async () => {
    const { device, made } = await countingDevice();
    const engine = await Engine.create(plan as EnginePlan, device, { compile: 'all' });
    const all = Object.values(plan.programs).flatMap((p) => p.kernels.map((k) => k.name));
    expect(made.length).toBeLessThan(all.length);
    expect(new Set(made).size).toBe(made.length);
    engine.dispose();
  });

  it('a training kernel that does not compile fails its first call, named, and create() does not wait for it', async () => {
    const name = kernelsOf('runTrain').find((n) => n.includes('matmul'))!;
    const bad = { ...plan, shaders: { ...plan.shaders, [name]: plan.shaders[name].replace(/let depth = (.*);/, 'let depth: i32 = 0.5f;') } } as EnginePlan;
    const engine = await Engine.create(bad, await freshDevice('null'));
    await expect(engine.call(1, 1, [{ program: 'runTrain', inputs: [new Float32Array(3), new Float32Array(2)] }])).rejects.toThrow(`WGSL kernel '${name}' failed to compile`);
    await expect(Engine.create(bad, await freshDevice('null'), { compile: 'all' })).rejects.toThrow(`WGSL kernel '${name}' failed to compile`);
    engine.dispose();
  });
});

describe('the compile option', () => {
  it("a value other than 'forward' or 'all' is refused, naming the model and the value", async () => {
    const { module } = await compileWgsl(mod);
    const device = await freshDevice('null');
    await expect(module.create({ device, compile: 'training' } as never)).rejects.toThrow(/^train_regress: create's compile option must be 'forward' or 'all', got "training"$/);
  });
});

describe('a call that waits for its pipelines keeps the caller order (Dawn)', () => {
  it('gradients() then setParams() and a reused input array: the gradients are of the old parameters and the old input', async () => {
    const { create } = await compileWgsl(mod);
    const oldParams = paramsFor(mod, 3, 0.4);
    const newParams = paramsFor(mod, 5, 0.4);
    const batch = inputsFor(mod, 2, 4, 4, 50);
    const keep = Object.fromEntries(Object.entries(batch).map(([k, v]) => [k, { data: v.data.slice(), shape: v.shape }]));

    const reference = await create();
    reference.setParams(oldParams);
    const want = await reference.gradients(keep);
    reference.dispose();

    const model = await create();
    model.setParams(oldParams);
    // runTrain is not compiled yet: this call waits for it.
    const pending = model.gradients(batch);
    model.setParams(newParams);
    for (const v of Object.values(batch)) v.data.fill(0);
    const got = await pending;
    expect(got.loss).toBe(want.loss);
    for (const n of Object.keys(want.grads)) expect(Array.from(got.grads[n])).toEqual(Array.from(want.grads[n]));
    // And the parameters read afterwards are the new ones.
    const now = await model.getParams();
    for (const n of Object.keys(newParams)) expect(Array.from(now[n])).toEqual(Array.from(newParams[n]));
    model.dispose();
  });
});
