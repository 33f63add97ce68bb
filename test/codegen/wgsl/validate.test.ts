// Every generated WGSL kernel compiles and its pipeline validates (Dawn's null backend, with
// compatibility mode's default limits: the engine picks smaller matmul tiles there), for every
// example and every parity case; a kernel that fails names itself and the WGSL line; limits are
// respected with a clear message.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/frontend/load.js';
import { trace } from '../../../src/frontend/trace.js';
import { emitWgslModule } from '../../../src/codegen/wgsl/module.js';
import { chooseSizes, Engine, type EnginePlan } from '../../../src/codegen/wgsl/engine.js';
import { expandWgsl } from '../../../src/codegen/wgsl/expand.js';
import { freshDevice, validationDevice } from '../../helpers/dawn.js';
import { parityCases, trainRegress, trainTagger } from '../../helpers/cases.js';

const root = path.resolve(new URL('../../..', import.meta.url).pathname);
const examples = fs.readdirSync(path.join(root, 'examples')).filter((d) => fs.existsSync(path.join(root, 'examples', d, 'model.ts'))).sort();

describe('every kernel validates (Dawn null backend, compatibility limits)', () => {
  it('compatibility limits: 64 invocations per elementwise workgroup, 8 per matmul workgroup, all the device allows (up to 256) for a whole-sequence kernel; smaller where the adapter says so', async () => {
    const device = await validationDevice();
    expect(device.limits.maxComputeInvocationsPerWorkgroup).toBe(128);
    expect(chooseSizes(device.limits)).toEqual({ wg: 64, mwg: 8, swg: 128 });
    const tiny = { ...device.limits, maxComputeInvocationsPerWorkgroup: 4, maxComputeWorkgroupSizeX: 4 } as GPUSupportedLimits;
    expect(chooseSizes(tiny)).toEqual({ wg: 4, mwg: 4, swg: 4 });
  });

  for (const ex of examples) {
    it(`example ${ex}`, async () => {
      const mod = await loadModel(path.join(root, 'examples', ex, 'model.ts'));
      const { plan, shaders } = emitWgslModule(mod);
      expect(shaders.length).toBeGreaterThan(0);
      const engine = await Engine.create(plan as EnginePlan, await validationDevice(), { compile: 'all' });
      engine.dispose();
    });
  }

  it('every parity and training case', async () => {
    const device = await validationDevice();
    for (const def of [...parityCases, trainTagger, trainRegress]) {
      const { plan } = emitWgslModule(trace(def));
      (await Engine.create(plan as EnginePlan, device, { compile: 'all' })).dispose();
    }
  }, 120_000);
});

describe('errors', () => {
  it('a lost device is reported by the next call, with the reason', async () => {
    const mod = trace(parityCases[0]);
    const { plan } = emitWgslModule(mod);
    const device = await freshDevice('null');
    const engine = await Engine.create(plan as EnginePlan, device);
    device.destroy();
    await device.lost;
    await expect(engine.call(2, 3, [{ program: 'run', inputs: [new Float32Array(30)] }])).rejects.toThrow(/lstm_seq: the WebGPU device was lost \(destroyed\)/);
    expect(() => engine.writeModel([{ base: 0, data: new Float32Array(1) }])).toThrow(/device was lost/);
  });

  it('a kernel that does not compile is named, with the WGSL line', async () => {
    const { plan } = emitWgslModule(trace(parityCases[0]));
    const name = Object.keys(plan.shaders).find((n) => n.endsWith('matmul'))!;
    const code = plan.shaders[name].replace(/let depth = (.*);/, 'let depth: i32 = 0.5f;');
    // Lines count in the kernel as compiled: the module's text with its repeated lines written out.
    const line = expandWgsl(code).split('\n').findIndex((l) => l.includes('let depth')) + 1;
    const bad = { ...plan, shaders: { ...plan.shaders, [name]: code } } as EnginePlan;
    const err = await Engine.create(bad, await validationDevice(), { compile: 'all' }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(`WGSL kernel '${name}' failed to compile`);
    expect((err as Error).message).toContain(`WGSL line ${line}:`);
    expect((err as Error).message).toContain('let depth: i32 = 0.5f;');
  });

  it('a kernel over the adapter\'s workgroup size limit names the kernel', async () => {
    const { plan } = emitWgslModule(trace(parityCases[0]));
    const name = Object.keys(plan.shaders).find((n) => n.endsWith('matmul'))!;
    // 1024 invocations per workgroup, over compatibility mode's 128.
    const code = plan.shaders[name].replace('@workgroup_size(MWG)', '@workgroup_size(1024)');
    const err = await Engine.create({ ...plan, shaders: { ...plan.shaders, [name]: code } } as EnginePlan, await validationDevice(), { compile: 'all' }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(new RegExp(`kernel '${name}'`));
  });

  it('a model larger than the storage buffer limit is refused with the sizes', async () => {
    const { plan } = emitWgslModule(trace(parityCases[0]));
    const device = await validationDevice();
    const huge = { ...plan, modelWords: device.limits.maxStorageBufferBindingSize / 4 + 1024 } as EnginePlan;
    await expect(Engine.create(huge, device)).rejects.toThrow(/model arena needs [\d.]+ MiB, more than this device's storage buffer limit of [\d.]+ MiB/);
  });
});
