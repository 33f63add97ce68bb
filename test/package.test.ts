// The published package as a user gets it: `npm pack`'s file list, then a fresh app outside the
// repository (`npm init -y`, so "type": "commonjs") that installs the tarball, compiles a model with
// `npx rnnc`, imports the generated module from a CommonJS project, type-checks a model file with
// moduleResolution node10, and gets a clear message for --target wasm without binaryen.
// The install uses npm's cache (filled by the repository's own `npm ci`), so no network is needed
// when the cache has every dependency.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, launchChromium, openPage, serveDir } from './helpers/browser.js';

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  files: string[];
  scripts: Record<string, string>;
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

interface Packed {
  filename: string;
  files: { path: string }[];
  size: number;
  unpackedSize: number;
}

/** The environment of a fresh shell: none of the npm settings of the repository's own `npm test`. */
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(config|package|lifecycle)_/i.test(k) && k !== 'ONNXRUNTIME_NODE_INSTALL')),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });

let work: string;
let packed: Packed;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-pack-'));
  // dist/ is built by `npm test`; --ignore-scripts skips prepack's second build.
  const out = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
  packed = (JSON.parse(out) as Packed[])[0];
}, 120_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships the built package, its docs and licence, and nothing of the repository besides', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/rnnc.js', 'client.d.ts', 'dist/index.js', 'dist/index.d.ts', 'dist/runtime/index.js', 'dist/compiler/index.js', 'dist/plugin/vite.js', 'dist/plugin/webpack.js', 'dist/cli/webgpu-node.js', 'docs/dsl.md']) {
      expect(files, f).toContain(f);
    }
    const stray = files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('bench/') || f.startsWith('examples/') || f.endsWith('.map'));
    expect(stray).toEqual([]);
    // Every doc the README links to is in the package.
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const linked = [...readme.matchAll(/\]\(((?:docs\/)[^)#]+)/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    for (const l of linked) expect(files, `README links ${l}`).toContain(l);
    // Every export target exists in the package.
    for (const [sub, target] of Object.entries(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : Object.values(target as Record<string, string>);
      for (const p of paths) expect(files, `exports["${sub}"] -> ${p}`).toContain(p.replace(/^\.\//, ''));
    }
  });

  it('runs nothing at install time and keeps the large packages optional', () => {
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[s], s).toBeUndefined();
    expect(pkg.dependencies.binaryen).toBeUndefined();
    expect(pkg.peerDependenciesMeta.binaryen?.optional).toBe(true);
    expect(pkg.peerDependenciesMeta.webgpu?.optional).toBe(true);
  });
});

describe('a fresh app that installs the tarball', () => {
  let app: string;
  beforeAll(() => {
    app = path.join(work, 'app');
    fs.mkdirSync(app);
    npm(['init', '-y'], app);
    expect(JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8')).type ?? 'commonjs').toBe('commonjs');
    npm(['install', '--save-dev', '--prefer-offline', '--no-package-lock', path.join(work, packed.filename)], app);
    fs.mkdirSync(path.join(app, 'src'));
    fs.copyFileSync(path.join(root, 'examples', 'sentiment', 'model.ts'), path.join(app, 'src', 'model.ts'));
  }, 300_000);

  it('compiles a model with npx rnnc and runs it from a CommonJS project', () => {
    const r = spawnSync('npx', ['rnnc', 'compile', 'src/model.ts', '--out', 'gen'], { cwd: app, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('wrote gen/package.json');
    // An ES module app (.mjs) and the generated module, in a project npm made CommonJS.
    fs.writeFileSync(
      path.join(app, 'main.mjs'),
      `import { create, meta } from './gen/sentiment.js';
const model = create({ seed: 3 });
const B = 2, T = 5;
const tokens = { data: new Int32Array(B * T).map((_, i) => 2 + (i % 7)), shape: [B, T] };
const mask = { data: new Float32Array(B * T).fill(1), shape: [B, T] };
const out = model.forward({ tokens, mask });
console.log(JSON.stringify({ name: meta.name, outputs: Object.keys(out), finite: Object.values(out).every((t) => t.data.every(Number.isFinite)) }));
`,
    );
    const run = spawnSync(process.execPath, ['main.mjs'], { cwd: app, encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    const res = JSON.parse(run.stdout) as { name: string; outputs: string[]; finite: boolean };
    expect(res.name).toBe('sentiment');
    expect(res.outputs.length).toBeGreaterThan(0);
    expect(res.finite).toBe(true);
  }, 120_000);

  it('says which package to install for --target wasm when binaryen is missing', () => {
    expect(fs.existsSync(path.join(app, 'node_modules', 'binaryen'))).toBe(false);
    const r = spawnSync('npx', ['rnnc', 'compile', 'src/model.ts', '--target', 'wasm', '--out', 'gen-wasm'], { cwd: app, encoding: 'utf8', env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("needs the npm package 'binaryen'");
    expect(r.stderr).toContain('npm install --save-dev binaryen');
    expect(r.stderr).not.toContain('internal error');
    expect(fs.existsSync(path.join(app, 'gen-wasm'))).toBe(false);
  }, 120_000);

  it("resolves rnnc's types from a model file with moduleResolution node10 and bundler", () => {
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const resolution of ['node10', 'bundler']) {
      const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', resolution === 'node10' ? 'commonjs' : 'esnext', '--moduleResolution', resolution, 'src/model.ts'], { cwd: app, encoding: 'utf8', env });
      expect(r.stdout + r.stderr, resolution).toBe('');
      expect(r.status, resolution).toBe(0);
    }
  }, 120_000);

  it('exposes the compiler as a library', () => {
    const script = `import { compile } from 'rnnc/compiler';
const r = await compile('src/model.ts', { targets: ['js'], training: false });
const bad = await compile('src/missing.ts');
console.log(JSON.stringify({ ok: r.ok, files: r.files.map((f) => f.name), bad: bad.diagnostics.map((d) => d.message) }));
`;
    fs.writeFileSync(path.join(app, 'api.mjs'), script);
    const run = spawnSync(process.execPath, ['api.mjs'], { cwd: app, encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    const res = JSON.parse(run.stdout) as { ok: boolean; files: string[]; bad: string[] };
    expect(res.ok).toBe(true);
    expect(res.files).toEqual(['sentiment.js', 'sentiment.d.ts', 'rnnc-runtime.js']);
    expect(res.bad).toEqual(["model file 'src/missing.ts' does not exist"]);
  }, 120_000);
});

/** The code blocks of one README section (`### N. Title` up to the next heading), in order. */
function readmeBlocks(heading: string): { lang: string; text: string }[] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const at = readme.indexOf(`\n### ${heading}`);
  if (at < 0) throw new Error(`README has no section '### ${heading}'`);
  const end = readme.slice(at + 1).search(/\n##/);
  const section = readme.slice(at, end < 0 ? undefined : at + 1 + end);
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2] }));
}

describe("the README's quick start, followed in a fresh app", () => {
  let app: string;
  beforeAll(() => {
    app = path.join(work, 'readme-app');
    fs.mkdirSync(path.join(app, 'src'), { recursive: true });
    npm(['init', '-y'], app);
    // Step 1 (binaryen is for the wasm target, which this walk-through does not use); vite for step 3b.
    npm(['install', '--save-dev', '--prefer-offline', '--no-package-lock', path.join(work, packed.filename), `vite@${devVersion('vite')}`], app);
    // Step 2: the model file.
    const model = readmeBlocks('2. Write a model').find((b) => b.lang === 'ts')!;
    fs.writeFileSync(path.join(app, 'src', 'model.ts'), model.text);
  }, 300_000);

  it('3a: compiles with the CLI and runs the script', () => {
    const [cmd, script] = readmeBlocks('3a. Compile it with the CLI');
    const line = cmd.text.split('\n')[0].replace(/#.*$/, '').trim().split(/\s+/);
    expect(line.slice(0, 2)).toEqual(['npx', 'rnnc']);
    const r = spawnSync('npx', line.slice(1), { cwd: app, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Total params/i);
    fs.writeFileSync(path.join(app, 'main.mjs'), script.text);
    const run = spawnSync(process.execPath, ['main.mjs'], { cwd: app, encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Float32Array\(2\)/);
    expect(run.stdout).toMatch(/lstm/);
  }, 120_000);

  it('2: `rnnc import` of an ONNX file, as the README shows it, writes a model that compiles', () => {
    const cmd = readmeBlocks('2. Write a model').find((b) => b.lang === 'sh')!;
    const line = cmd.text.split('\n')[0].replace(/#.*$/, '').trim().split(/\s+/);
    expect(line.slice(0, 3)).toEqual(['npx', 'rnnc', 'import']);
    const imp = path.join(app, 'imported');
    fs.mkdirSync(imp, { recursive: true });
    fs.copyFileSync(path.join(root, 'test', 'fixtures', 'import', 'onnx', 'lstm_clf_opset13.onnx'), path.join(imp, line[3]));
    const r = spawnSync('npx', line.slice(1), { cwd: imp, encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = line[line.indexOf('--out') + 1];
    expect(fs.readdirSync(path.join(imp, out)).sort()).toEqual(['model.ts', 'weights.safetensors']);
    const c = spawnSync('npx', ['rnnc', 'compile', path.join(out, 'model.ts'), '--out', 'gen'], { cwd: imp, encoding: 'utf8', env });
    expect(c.stderr).toBe('');
    expect(c.status).toBe(0);
  }, 120_000);

  it.skipIf(!haveChromium())('3b: builds with the vite plugin and runs in Chromium', async () => {
    const [config, main, html] = readmeBlocks('3b. Or import the model straight from a bundler');
    // Each block names its file in its first line (`// vite.config.mjs ...`, `// src/main.ts: ...`).
    const fileOf = (text: string): string => /^\/\/ ([\w./-]+)/.exec(text)?.[1] ?? '';
    expect(fileOf(config.text)).toBe('vite.config.mjs');
    expect(fileOf(main.text)).toBe('src/main.ts');
    fs.writeFileSync(path.join(app, fileOf(config.text)), config.text);
    fs.writeFileSync(path.join(app, fileOf(main.text)), main.text);
    fs.writeFileSync(path.join(app, 'index.html'), html.text);
    const r = spawnSync('npx', ['vite', 'build'], { cwd: app, encoding: 'utf8', env });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/warn|externalized/i);
    expect(fs.readFileSync(path.join(app, 'src', 'model.rnnc.d.ts'), 'utf8')).toContain('create(');
    const server = await serveDir(path.join(app, 'dist'));
    const browser = await launchChromium();
    try {
      const { page, errors } = await openPage(browser, `${server.url}/index.html`);
      await page.waitForFunction("document.body.textContent.startsWith('scores: ')", undefined, { timeout: 30_000 });
      const text = (await page.textContent('body')) ?? '';
      const scores = text.replace('scores: ', '').split(',').map(Number);
      expect(scores).toHaveLength(2);
      expect(scores.every(Number.isFinite)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 180_000);
});

function devVersion(name: string): string {
  const all = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const v = all.devDependencies[name];
  if (!v) throw new Error(`no devDependency ${name}`);
  return v;
}

