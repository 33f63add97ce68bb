// `rnnc import` as users run it: the files it writes, --check against the source's own runtime
// (onnxruntime-node, tfjs-layers), golden model files a person can review, and bad input: each a
// one-line error naming the node, layer, attribute or file, exit 1, and nothing written.
// Needs dist/ (`npm test` builds it; alone: `npm run build` first).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImport, formatCheck, type Reference } from '../../src/import/check.js';
import { importModel } from '../../src/import/import-model.js';
import { removeTmpDirs, rnnc, tmpDir } from '../cli/helpers.js';
import { goldenDir } from '../helpers/golden.js';
import { fixturesRoot } from './fixtures.js';

afterAll(removeTmpDirs);
const onnx = (f: string) => path.join(fixturesRoot, 'onnx', f);
const keras = (f: string) => path.join(fixturesRoot, 'keras', f);
const tfjs = (f: string) => path.join(fixturesRoot, 'tfjs', f);

describe('rnnc import (CLI)', () => {
  it('writes model.ts and weights.safetensors, and --check agrees with onnxruntime-node', () => {
    const out = path.join(tmpDir(), 'clf');
    const r = rnnc(['import', onnx('gru_bi2_timemajor.onnx'), '--out', out, '--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^check against onnxruntime-node \(B, T in 1x1, 3x7, 2x16; random inputs\):\n {2}output {2}max abs diff {2}max rel diff\n/);
    for (const o of ['y', 'h_n', 'scores']) expect(r.stdout).toMatch(new RegExp(`\\n  ${o} +\\d\\.\\d\\de-\\d+ +\\d\\.\\d\\de-\\d+  ok\\n`));
    expect(r.stdout).toContain('the imported model computes what the source computes\n');
    expect(r.stdout).toContain('(ONNX from pytorch 1.13.0, opset 14): 3 layer(s), 3,025 parameters\n');
    expect(fs.readdirSync(out).sort()).toEqual(['model.ts', 'weights.safetensors']);
    // The written model compiles for every target as a user would compile it.
    const c = rnnc(['compile', path.join(out, 'model.ts'), '--out', path.join(out, 'gen'), '--target', 'all']);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    expect(fs.readdirSync(path.join(out, 'gen')).filter((f) => f.endsWith('.js')).sort()).toEqual(
      ['gru_bi2_timemajor.glsl.js', 'gru_bi2_timemajor.js', 'gru_bi2_timemajor.wasm.js', 'gru_bi2_timemajor.wgsl.js', 'rnnc-glsl-engine.js', 'rnnc-runtime.js', 'rnnc-wgsl-engine.js'],
    );
  });

  it('--check of a TensorFlow.js model runs tfjs-layers (sequence ids and a mask)', () => {
    const out = path.join(tmpDir(), 'seq');
    const r = rnnc(['import', tfjs('sequential_lstm'), '--out', out, '--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/check against @tensorflow\/tfjs-layers .*\n.*\n {2}dense +\S+ +\S+ {2}ok\n/);
  });

  it('--check says plainly that a Keras file has no JavaScript reference, and writes nothing', () => {
    const dir = tmpDir();
    const r = rnnc(['import', keras('gru_reset_after.keras'), '--out', path.join(dir, 'k'), '--check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: --check: no JavaScript runtime reads .keras files, so there is nothing to compare with here; --check supports ONNX (onnxruntime-node) and TensorFlow.js (tfjs-layers) models\n");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('--check fails (and the table says where) when the source computes something else', async () => {
    const r = await importModel(onnx('lstm_state_io.onnx'));
    // A reference whose c_n is off by 1e-3: what a wrong gate order or bias would look like.
    const { referenceFor } = await import('../../src/import/check.js');
    const real = await referenceFor('onnx', onnx('lstm_state_io.onnx'));
    const skewed: Reference = async (inputs) => {
      const out = await real(inputs);
      out.set('c_n', out.get('c_n')!.map((v) => v + 1e-3));
      return out;
    };
    const report = await checkImport(r.modelTs, r.weights, r.module, r.io, skewed);
    expect(report.ok).toBe(false);
    const text = formatCheck(report, 'test');
    expect(text).toMatch(/\n {2}y +\S+ +\S+ {2}ok\n/);
    expect(text).toMatch(/\n {2}c_n +1\.00e-3 +1\.00e-3 {2}DIFFERS \(> 0\.0001\)\n/);
    expect(text.endsWith('the imported model differs from the source by more than 0.0001\n')).toBe(true);
  });

  it('--help describes the command and every source format', () => {
    const r = rnnc(['import', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['.onnx', 'model.json', '.keras', '.h5', '--check', '--out DIR', '--name NAME']) expect(r.stdout).toContain(s);
    expect(rnnc(['--help']).stdout).toContain('rnnc import FILE [--out DIR] [--name NAME] [--check]');
  });
});

describe('rnnc import: bad input is one clear line, exit 1, nothing written', () => {
  const cases: [string, string, RegExp][] = [
    ['a truncated .onnx', onnx('truncated.onnx'), /^error: truncated\.onnx: not a readable ONNX model \(.+\); the file may be truncated or damaged\n$/],
    ['an op rnnc does not map', onnx('bad_unsupported_op.onnx'), /^error: bad_unsupported_op\.onnx: node '[^']+' \(Erf\): op Erf is not supported by rnnc import \(supported: LSTM, GRU, RNN, .*Dropout, Cast, Equal \(shapes\), Where \(shapes\)\)\n$/],
    ['an LSTM with clip', onnx('bad_lstm_clip.onnx'), /^error: bad_lstm_clip\.onnx: node '[^']+' \(LSTM\): attribute 'clip' \(cell clipping at 3\) is not supported: rnnc's cells do not clip; re-export without clip\n$/],
    ['an LSTM with input_forget', onnx('lstm_input_forget.onnx'), /^error: lstm_input_forget\.onnx: node '[^']+' \(LSTM\): attribute 'input_forget' = 1 \(coupled input and forget gates\) is not supported\n$/],
    ['a model.json whose shard is missing', tfjs('missing_shard'), /^error: model\.json: weight file '[^']+' \(manifest group 1\) is missing; it must be beside model\.json\n$/],
    ['a model.json whose shard is short', tfjs('short_shard'), /^error: model\.json: the weight files of group 1 \(.+\) hold 1504 bytes, but weight '[^']+' \[.+\] ends at byte \d+: a shard is short or missing\n$/],
    ['a truncated .keras', keras('truncated.keras'), /^error: truncated\.keras: not a readable \.keras archive \(.+\); the file may be truncated\n$/],
    ['a Keras 3 hard_sigmoid', keras('keras3_hard_sigmoid.keras'), /^error: keras3_hard_sigmoid\.keras: layer 'lstm' \(LSTM\): recurrent_activation 'hard_sigmoid' in Keras 3 is relu6\(x \+ 3\) \/ 6, which rnnc does not have \(rnnc's hard_sigmoid is Keras 2's and tfjs' clip\(0\.2 x \+ 0\.5, 0, 1\)\)\n$/],
    ['a PyTorch checkpoint (weights without an architecture)', path.join(fixturesRoot, '..', 'checkpoints', 'evil.pt'), /^error: evil\.pt: a PyTorch checkpoint holds weights, not the model's architecture\. Export the model with torch\.onnx\.export .*--layout pytorch`.*\n$/],
    ['a file that is none of these', path.join(fixturesRoot, 'onnx', 'README.md'), /^error: README\.md: not a readable ONNX model \(.+\); the file may be truncated or damaged\n$/],
  ];
  for (const [what, file, message] of cases) {
    it(what, () => {
      const dir = tmpDir();
      const r = rnnc(['import', file, '--out', path.join(dir, 'out')]);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(1);
      expect(fs.readdirSync(dir)).toEqual([]);
    });
  }
});

describe('weights: a .pt that pickles a non-tensor global', () => {
  it('rnnc run --weights refuses it by name, exit 1, no outputs written; nothing of it runs', () => {
    const ck = path.join(fixturesRoot, '..', 'checkpoints');
    const dir = tmpDir();
    const out = path.join(dir, 'y.safetensors');
    const r = rnnc(['run', path.join(ck, 'model.ts'), '--weights', path.join(ck, 'evil.pt'), '--layout', 'pytorch', '--inputs', path.join(ck, 'inputs.safetensors'), '--outputs', out]);
    expect(r.stderr).toBe(
      "error: evil.pt: refused: the pickle asks for the Python global 'posix.system'; rnnc reads only tensors, storages and plain containers from PyTorch files and never runs code (save the model's state_dict(), or convert it to safetensors)\n",
    );
    expect(r.code).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('rnnc import: the model files it writes (golden, for review)', () => {
  const dir = goldenDir('import');
  for (const [name, file] of [
    ['lstm_clf_opset13.onnx.ts', onnx('lstm_clf_opset13.onnx')],
    ['gru_bi2_timemajor.onnx.ts', onnx('gru_bi2_timemajor.onnx')],
    ['bi_lstm_seq.keras.ts', keras('bi_lstm_seq.keras')],
    ['masking_lstm.tfjs.ts', tfjs('masking_lstm')],
  ] as const) {
    it(name, async () => {
      dir.check(name, (await importModel(file)).modelTs);
    });
  }
  it('no stray golden files', () => dir.checkOrphans());
});

describe('rnnc import: hostile files', () => {
  /** A copy of a tfjs fixture with its model.json edited. */
  function editedTfjs(name: string, edit: (j: Record<string, unknown>) => void): string {
    const dir = path.join(tmpDir(), name);
    fs.cpSync(tfjs(name), dir, { recursive: true });
    const j = JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8'));
    edit(j);
    fs.writeFileSync(path.join(dir, 'model.json'), JSON.stringify(j));
    return dir;
  }

  it('names with line terminators and quotes become identifiers and escaped comments, never code', async () => {
    const evil = "lstm\u2028globalThis.pwned = 1; '\n* x";
    const dir = editedTfjs('sequential_lstm', (j) => {
      const layers = (j.modelTopology as { config: { layers: { config: { name: string } }[] } }).config.layers;
      layers[2].config.name = evil;
      for (const g of j.weightsManifest as { weights: { name: string }[] }[]) for (const w of g.weights) w.name = w.name.replace(/^lstm\//, `${evil}/`);
    });
    const r = await importModel(dir);
    expect(r.modelTs).not.toMatch(/[\u2028\u2029\r]/);
    expect(r.modelTs).not.toContain('globalThis.pwned = 1;\n');
    expect(r.modelTs).toContain("// LSTM: Keras layer 'lstm\\u2028globalThis.pwned = 1; '\\u000a* x'");
    expect(r.modelTs).toMatch(/name: 'lstm_globalThis_pwned_1_x'/);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('a size no backend could hold is refused with the layer and key', () => {
    const dir = editedTfjs('sequential_lstm', (j) => {
      (j.modelTopology as { config: { layers: { config: { units?: number } }[] } }).config.layers[2].config.units = 1e12;
    });
    const r = rnnc(['import', dir, '--out', path.join(dir, 'out')]);
    expect(r.stderr).toBe("error: model.json: layer 'lstm' (LSTM): units 1000000000000 is not a size rnnc supports (a positive integer up to 2^24)\n");
    expect(r.code).toBe(1);
  });
});
