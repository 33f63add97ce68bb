#!/usr/bin/env node
// Makes the GPU bench pack (see bench/gpu-pack.sh): a folder under 64 MiB that runs the WGSL bench
// (bench/gpu-bench.mjs: bench/wgsl.mjs's W1-W5 rows and its W6 functions) on a Linux x86-64 machine
// with no Node, no network and no compiler, through bench/gpu-run.sh.
//
//   node bench/gpu-pack.mjs [DIR]      (default .gpu-pack; DIR is replaced)
//
// What goes in, all computed here rather than listed by hand:
//   - bench/gpu-bench.bundle.mjs: esbuild's bundle of bench/gpu-bench.mjs and everything it
//     imports (bench/*.mjs, tfjs, ...), except packages that hold native addons or wasm (.node /
//     .wasm files: webgpu, onnxruntime-node, onnxruntime-web), which stay external; `esbuild` itself
//     resolves to bench/gpu-esbuild-replay.mjs.
//   - bench/esbuild-replay.json: the builds bench/wgsl.mjs makes at run time (rnnc from src/),
//     recorded by running the bundle once here on Dawn (OpenGL ES, tiny workloads, rnnc rows only),
//     so the GPU side needs neither src/ nor esbuild.
//   - node_modules/<external>: the files Node loads from each external package: its JS graph
//     (esbuild's metafile from the specifier the bench imports, with the packages it requires), the
//     package.json files on the way, the files that JS names (wasm, .node), the shared libraries an
//     ELF file needs from its own directory (DT_NEEDED), minus other platforms' builds.
//   - bin/node (this Node), lib/fallback/ (this machine's libstdc++ / libgcc_s, used by gpu-run.sh
//     only if the target's libstdc++ is too old for dawn.node).
// Files of 256 KiB and more are stored xz-compressed (gzip where xz is missing here): gpu-run.sh
// undoes them with python3's lzma / gzip modules. Compressed files are cached by content in
// node_modules/.cache/rnnc-gpu-pack. Then the replay is checked (the bundle run again from the
// staged tree, with no src/ and no esbuild), and the pack's size printed: over 64 MiB fails.
//
// Environment: RNNC_GPU_PACK_NO_CHECK=1 skips the replay check (the recording run is always made).

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import * as esbuild from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const LIMIT = 64 * 2 ** 20;
const COMPRESS_FROM = 256 * 1024;
const CACHE = path.join(REPO, 'node_modules/.cache/rnnc-gpu-pack');
const ENTRY = path.join(HERE, 'gpu-bench.mjs');
const SHIM = path.join(HERE, 'gpu-esbuild-replay.mjs');
const RUN_SH = path.join(HERE, 'gpu-run.sh');
/** Path segments that name another platform's build (the target is linux x64, glibc). */
const OTHER_PLATFORM = /(^|[/_.-])(darwin|macos|osx|mac|universal|win32|win64|windows|win|arm64|aarch64|armv7l?|arm|ia32|x86(?![_-]64)|android|freebsd|openbsd|sunos|musl|linuxmusl|s390x|ppc64le?|riscv64|loong64|wasm32)(?=$|[/_.-])/i;

const log = (s) => console.log(`gpu-pack: ${s}`);
const die = (s) => {
  console.error(`gpu-pack: ${s}`);
  process.exit(1);
};
const mib = (n) => `${(n / 2 ** 20).toFixed(2)} MiB`;
const rel = (p) => path.relative(REPO, p) || '.';

// ------------------------------------------------------------------------------------------------
// packages

const pkgNameOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const isBuiltin = (spec) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);

/** node_modules/<name> as Node finds it from `from` (walking up). */
function pkgDirOf(name, from) {
  for (let d = from; ; d = path.dirname(d)) {
    const p = path.join(d, 'node_modules', name);
    if (fs.existsSync(path.join(p, 'package.json'))) return fs.realpathSync(p);
    if (path.dirname(d) === d) return null;
  }
}

/** Every file under dir, dir-relative; a package's (nested: false) leaves out its nested node_modules. */
function walk(dir, { nested = false } = {}, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (nested || e.name !== 'node_modules') walk(p, { nested }, base, out);
    } else if (e.isFile()) out.push(path.relative(base, p));
  }
  return out;
}

const nativeCache = new Map();
/** Whether a package holds native addons or wasm: such a package stays external and is carried. */
function isNativePkg(dir) {
  if (!nativeCache.has(dir)) nativeCache.set(dir, walk(dir).some((f) => /\.(node|wasm)$/.test(f)));
  return nativeCache.get(dir);
}

/** The package root (…/node_modules/<name>) of a file inside node_modules. */
function pkgRootOf(file) {
  const parts = file.split(path.sep);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return null;
  const n = parts[i + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, i + n).join(path.sep);
}

/** DT_NEEDED of an ELF64 little-endian shared object, or [] (not ELF, or unreadable). */
function elfNeeded(file) {
  const b = fs.readFileSync(file);
  if (b.length < 64 || b.readUInt32BE(0) !== 0x7f454c46 || b[4] !== 2 || b[5] !== 1) return [];
  const shoff = Number(b.readBigUInt64LE(0x28));
  const shentsize = b.readUInt16LE(0x3a);
  const shnum = b.readUInt16LE(0x3c);
  const sec = (i) => {
    const o = shoff + i * shentsize;
    return { type: b.readUInt32LE(o + 4), offset: Number(b.readBigUInt64LE(o + 0x18)), size: Number(b.readBigUInt64LE(o + 0x20)), link: b.readUInt32LE(o + 0x28) };
  };
  const out = [];
  for (let i = 0; i < shnum; i++) {
    const s = sec(i);
    if (s.type !== 6) continue; // SHT_DYNAMIC
    const str = sec(s.link);
    for (let o = s.offset; o + 16 <= s.offset + s.size; o += 16) {
      const tag = b.readBigInt64LE(o);
      if (tag === 0n) break;
      if (tag === 1n) {
        const at = str.offset + Number(b.readBigUInt64LE(o + 8));
        out.push(b.toString('latin1', at, b.indexOf(0, at)));
      }
    }
  }
  return out;
}

/**
 * The files Node needs from the external packages the bundle imports: { files: Map(dest -> src),
 * dropped: [paths] }. `externals`: [{ spec, kind }] as the bundle imports them.
 */
async function externalFiles(externals) {
  const files = new Map(); // abs src -> true
  const dropped = new Set();
  const add = (src) => {
    const root = pkgRootOf(src);
    if (!root) return false;
    if (OTHER_PLATFORM.test(path.relative(root, src))) {
      dropped.add(src);
      return false;
    }
    if (files.has(src)) return false;
    files.set(src, true);
    // Every package.json from the file up to its package root (module type, exports).
    for (let d = path.dirname(src); d.startsWith(root); d = path.dirname(d)) {
      const pj = path.join(d, 'package.json');
      if (fs.existsSync(pj)) files.set(pj, true);
      if (d === root) break;
    }
    return true;
  };
  for (const { spec, kind } of externals) {
    const call = kind === 'require-call' ? `require(${JSON.stringify(spec)})` : `import(${JSON.stringify(spec)})`;
    const r = await esbuild.build({
      stdin: { contents: call, resolveDir: REPO, loader: 'js' },
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: kind === 'require-call' ? 'cjs' : 'esm',
      conditions: [], // Node's conditions: no "module"
      mainFields: ['main'],
      loader: { '.node': 'empty', '.wasm': 'empty' },
      absWorkingDir: REPO,
      outfile: path.join(os.tmpdir(), 'rnnc-gpu-pack-probe.js'),
      logLevel: 'silent',
    });
    for (const f of Object.keys(r.metafile.inputs)) {
      const abs = path.resolve(REPO, f);
      if (fs.existsSync(abs)) add(fs.realpathSync(abs));
    }
  }
  // Files the carried JS names (wasm, glue scripts, addons), and the libraries an ELF file needs
  // from its own directory, until nothing new comes in.
  const index = new Map(); // package root -> Map(basename -> [abs])
  const byName = (root) => {
    if (!index.has(root)) {
      const m = new Map();
      for (const f of walk(root)) {
        const k = path.basename(f);
        if (!m.has(k)) m.set(k, []);
        m.get(k).push(path.join(root, f));
      }
      index.set(root, m);
    }
    return index.get(root);
  };
  const seen = new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const src of [...files.keys()]) {
      if (seen.has(src)) continue;
      seen.add(src);
      const root = pkgRootOf(src);
      const names = byName(root);
      if (/\.(c|m)?js$/.test(src)) {
        const text = fs.readFileSync(src, 'latin1');
        for (const m of text.matchAll(/[A-Za-z0-9_@+-][A-Za-z0-9_.@+-]*\.(?:wasm|node|mjs|cjs|js|data|so(?:\.\d+)*)\b/g)) for (const f of names.get(m[0]) ?? []) changed = add(f) || changed;
      } else if (/\.(node|so(\.\d+)*)$/.test(src)) {
        for (const need of elfNeeded(src)) {
          const f = path.join(path.dirname(src), need);
          if (fs.existsSync(f)) changed = add(fs.realpathSync(f)) || changed;
        }
      }
    }
  }
  return { files: [...files.keys()], dropped: [...dropped] };
}

// ------------------------------------------------------------------------------------------------
// steps

function git() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: REPO, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3));
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: [] };
  }
}

/** Newest mtime under a directory (ms). */
function newest(dir) {
  let t = 0;
  for (const f of walk(dir)) t = Math.max(t, fs.statSync(path.join(dir, f)).mtimeMs);
  return t;
}

async function bundle(outfile) {
  const externals = [];
  const plugin = {
    name: 'rnnc-gpu-pack',
    setup(b) {
      b.onResolve({ filter: /^esbuild$/ }, () => ({ path: SHIM }));
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isBuiltin(args.path) || path.isAbsolute(args.path)) return undefined;
        const dir = pkgDirOf(pkgNameOf(args.path), args.resolveDir);
        if (!dir || !isNativePkg(dir)) return undefined;
        externals.push({ spec: args.path, kind: args.kind, importer: rel(args.importer) });
        return { path: args.path, external: true };
      });
    },
  };
  const r = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    metafile: true,
    plugins: [plugin],
    absWorkingDir: REPO,
    // Bundled CommonJS (tfjs' node builds) calls require() for Node's modules.
    banner: { js: "import { createRequire as __rnncPackRequire } from 'node:module';\nconst require = __rnncPackRequire(import.meta.url);" },
    logLevel: 'warning',
    legalComments: 'none',
  });
  const uniq = new Map(externals.map((e) => [`${e.kind}:${e.spec}`, e]));
  return { inputs: Object.keys(r.metafile.inputs), externals: [...uniq.values()] };
}

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

const HAVE_XZ = spawnSync('xz', ['--version']).status === 0;

/** A compressed copy of src at dest(.xz|.gz), from the cache when the content was seen before. */
function compress(src, destNoExt) {
  const sum = sha256(src);
  const ext = HAVE_XZ ? 'xz' : 'gz';
  const cached = path.join(CACHE, 'blobs', `${sum}.${ext}`);
  if (!fs.existsSync(cached)) {
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    const tmp = `${cached}.tmp${process.pid}`;
    if (HAVE_XZ) {
      const fd = fs.openSync(tmp, 'w');
      const r = spawnSync('xz', ['-9', '-T0', '-c', src], { stdio: ['ignore', fd, 'inherit'] });
      fs.closeSync(fd);
      if (r.status !== 0) die(`xz failed on ${src}`);
    } else fs.writeFileSync(tmp, zlib.gzipSync(fs.readFileSync(src), { level: 9 }));
    fs.renameSync(tmp, cached);
  }
  const dest = `${destNoExt}.${ext}`;
  fs.copyFileSync(cached, dest);
  return { dest, sum, compression: ext };
}

/** This machine's libstdc++ / libgcc_s (what dawn.node was checked against), for gpu-run.sh's fallback. */
function fallbackLibs(elf) {
  try {
    const out = execFileSync('ldd', [elf], { encoding: 'utf8' });
    const libs = [];
    for (const m of out.matchAll(/^\s*(libstdc\+\+\.so\.6|libgcc_s\.so\.1) => (\S+)/gm)) libs.push({ name: m[1], path: fs.realpathSync(m[2]) });
    return libs;
  } catch {
    log('ldd not found: no lib/fallback (the target needs a libstdc++ with GLIBCXX_3.4.30 for dawn.node)');
    return [];
  }
}

const LAUNCHER = `#!/usr/bin/env node
// The pack's entry (bench/gpu-pack.mjs wrote it). Node runs this file, not the bundle: each module
// inlined in the bundle checks "am I the script node ran?" against the bundle's own path.
const { main } = await import('./gpu-bench.bundle.mjs');
process.exit(await main(process.argv.slice(2)));
`;

function runStaged(stageRoot, args, env) {
  const r = spawnSync(process.execPath, [path.join(stageRoot, 'bench/gpu-bench.mjs'), ...args], {
    cwd: stageRoot,
    env: { ...process.env, RNNC_DAWN_BACKEND: 'opengles', RNNC_DAWN_FEATURE_LEVEL: '', EGL_PLATFORM: 'surfaceless', ...env },
    encoding: 'utf8',
    timeout: 600e3,
  });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, error: r.error };
}

async function main() {
  const DIR = path.resolve(REPO, process.argv[2] ?? '.gpu-pack');
  if (DIR === REPO || DIR === path.parse(DIR).root || REPO.startsWith(`${DIR}${path.sep}`)) die(`refusing to use ${DIR} as the pack folder`);
  if (fs.existsSync(DIR) && fs.readdirSync(DIR).length && !fs.existsSync(path.join(DIR, 'PACKINFO.json'))) die(`${DIR} exists and is not a pack (no PACKINFO.json): not replacing it`);
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rnnc-gpu-pack-'));
  const root = path.join(stage, 'root');
  const t0 = Date.now();
  try {
    // 1. The bundle; dist/ is rebuilt first if the bench imports it and it is older than src/.
    fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
    const bundleFile = path.join(root, 'bench/gpu-bench.bundle.mjs');
    let b = await bundle(bundleFile);
    const usesDist = b.inputs.some((f) => f.startsWith('dist/'));
    if (usesDist && (!fs.existsSync(path.join(REPO, 'dist')) || newest(path.join(REPO, 'src')) > newest(path.join(REPO, 'dist')))) {
      log('the bench imports dist/, which is older than src/: npm run build');
      const r = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
      if (r.status !== 0) die('npm run build failed');
      b = await bundle(bundleFile);
    }
    const benchFiles = b.inputs.filter((f) => f.startsWith('bench/'));
    const bundledPkgs = [...new Set(b.inputs.filter((f) => f.includes('node_modules/')).map((f) => pkgNameOf(f.slice(f.lastIndexOf('node_modules/') + 13))))];
    log(`bundled ${b.inputs.length} files: ${benchFiles.join(', ')}${usesDist ? ', dist/' : ''}; packages ${bundledPkgs.join(', ') || '(none)'}`);
    log(`external (native / wasm, carried as files): ${b.externals.map((e) => `${e.spec} (${e.kind} in ${e.importer})`).join(', ') || '(none)'}`);
    fs.writeFileSync(path.join(root, 'bench/gpu-bench.mjs'), LAUNCHER);

    // 2. The external packages' files.
    const ext = await externalFiles(b.externals);
    for (const src of ext.files) {
      // Nesting as in the repository's node_modules (…/node_modules/a/node_modules/b stays so).
      const top = path.join(fs.realpathSync(path.join(REPO, 'node_modules')), path.sep);
      const pr = pkgRootOf(src);
      const within = src.startsWith(top) ? src.slice(top.length) : path.join(pr.slice(pr.lastIndexOf(`${path.sep}node_modules${path.sep}`) + 14), path.relative(pr, src));
      const to = path.join(root, 'node_modules', within);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(src, to);
      fs.chmodSync(to, fs.statSync(src).mode & 0o777);
    }
    if (ext.dropped.length) log(`left out (other platforms): ${ext.dropped.map(rel).join(', ')}`);

    // 3. Node and the fallback libraries.
    fs.mkdirSync(path.join(root, 'bin'), { recursive: true });
    fs.copyFileSync(process.execPath, path.join(root, 'bin/node'));
    fs.chmodSync(path.join(root, 'bin/node'), 0o755);
    const dawnNode = path.join(root, 'node_modules/webgpu/dist/linux-x64/dawn.node');
    if (!fs.existsSync(dawnNode)) die('node_modules/webgpu/dist/linux-x64/dawn.node is not in the pack (is `webgpu` installed?)');
    for (const l of fallbackLibs(dawnNode)) {
      fs.mkdirSync(path.join(root, 'lib/fallback'), { recursive: true });
      fs.copyFileSync(l.path, path.join(root, 'lib/fallback', l.name));
    }

    // 4. Record the builds bench/wgsl.mjs makes (the real esbuild, src/ linked in for this run only).
    const replay = path.join(root, 'bench/esbuild-replay.json');
    fs.symlinkSync(path.join(REPO, 'src'), path.join(root, 'src'));
    log('recording the run-time builds: the bundle on Dawn (OpenGL ES), every workload at T = 2, rnnc rows only');
    const rec = runStaged(root, ['--T', '2', '--runs', '1', '--warmup', '0', '--peers', 'none', '--no-w6', '--out', path.join(stage, 'record.md')], { RNNC_GPU_PACK_RECORD: replay, RNNC_GPU_PACK_ESBUILD: REPO });
    fs.unlinkSync(path.join(root, 'src'));
    const recorded = fs.existsSync(replay) ? Object.keys(JSON.parse(fs.readFileSync(replay, 'utf8'))).length : 0;
    if (!recorded) die(`no esbuild build was recorded (exit ${rec.status}):\n${rec.out.slice(-4000)}`);
    if (rec.status !== 0) log(`warning: the recording run exited ${rec.status} after recording ${recorded} builds (Dawn on OpenGL ES here?):\n${rec.out.slice(-2000)}`);
    else log(`recorded ${recorded} builds`);

    // 5. The replay, from the staged tree alone (no src/, no esbuild).
    if (process.env.RNNC_GPU_PACK_NO_CHECK !== '1') {
      const chk = runStaged(root, ['--only', 'W1,W4', '--T', '2', '--runs', '1', '--warmup', '0', '--peers', 'none', '--no-w6', '--out', path.join(stage, 'check.md')], {});
      const md = fs.existsSync(path.join(stage, 'check.md')) ? fs.readFileSync(path.join(stage, 'check.md'), 'utf8') : '';
      if (chk.status !== 0 || !/\| W1 /.test(md) || /\*\*Failed/.test(md)) die(`the replay check failed (exit ${chk.status}):\n${chk.out.slice(-3000)}\n${md.slice(-2000)}`);
      log('replay check: the staged bundle ran W1, W4 (rnnc rows) without src/ or esbuild');
      // Every external package loads from the staged tree alone (nothing above it has node_modules).
      const code = `${b.externals.map((e) => `await import(${JSON.stringify(e.spec)});`).join('\n')}\nprocess.exit(0);`;
      const imp = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', env: { ...process.env, EGL_PLATFORM: 'surfaceless' } });
      if (imp.status !== 0) die(`the staged tree cannot load its external packages:\n${imp.stdout}${imp.stderr}`);
      log(`external packages load from the staged tree: ${b.externals.map((e) => e.spec).join(', ')}`);
    }

    // 6. The pack: small files as they are, large ones compressed; PACKINFO.json; gpu-run.sh.
    fs.rmSync(DIR, { recursive: true, force: true });
    fs.mkdirSync(path.join(DIR, 'root'), { recursive: true });
    const files = [];
    for (const f of walk(root, { nested: true }).sort()) {
      const src = path.join(root, f);
      const size = fs.statSync(src).size;
      const mode = fs.statSync(src).mode & 0o777;
      const destNoExt = path.join(DIR, 'root', f);
      fs.mkdirSync(path.dirname(destNoExt), { recursive: true });
      if (size >= COMPRESS_FROM) {
        const c = compress(src, destNoExt);
        files.push({ path: f, size, mode, sha256: c.sum, stored: path.relative(DIR, c.dest), storedSize: fs.statSync(c.dest).size, compression: c.compression });
      } else {
        fs.copyFileSync(src, destNoExt);
        files.push({ path: f, size, mode, sha256: sha256(src), stored: path.relative(DIR, destNoExt), storedSize: size, compression: null });
      }
    }
    fs.copyFileSync(RUN_SH, path.join(DIR, 'gpu-run.sh'));
    fs.chmodSync(path.join(DIR, 'gpu-run.sh'), 0o755);
    const info = {
      created: new Date().toISOString(),
      git: git(),
      node: process.version,
      bundled: { bench: benchFiles, packages: bundledPkgs, dist: usesDist },
      externals: b.externals,
      recordedBuilds: recorded,
      files,
    };
    fs.writeFileSync(path.join(DIR, 'PACKINFO.json'), `${JSON.stringify(info, null, 1)}\n`);
    // The same list for gpu-run.sh (read by python3, or by bash when python3 cannot): stored path,
    // path, mode (octal), compression (xz / gz / -), sha256, size.
    fs.writeFileSync(path.join(DIR, 'FILES.tsv'), files.map((f) => [f.stored, f.path, f.mode.toString(8), f.compression ?? '-', f.sha256, f.size].join('\t')).join('\n') + '\n');

    // 7. Size.
    let total = 0;
    for (const f of walk(DIR, { nested: true })) total += fs.statSync(path.join(DIR, f)).size;
    const groups = new Map();
    const groupOf = (p) => {
      if (p === 'bin/node') return 'node binary (bin/node)';
      if (p.startsWith('node_modules/')) return `node_modules/${pkgNameOf(p.slice(13))}`;
      if (p.startsWith('bench/')) return 'bench (bundle, replay, launcher)';
      if (p.startsWith('lib/')) return 'lib/fallback (libstdc++, libgcc_s)';
      return p;
    };
    for (const f of files) {
      const g = groupOf(f.path);
      const e = groups.get(g) ?? { size: 0, stored: 0, n: 0 };
      e.size += f.size;
      e.stored += f.storedSize;
      e.n++;
      groups.set(g, e);
    }
    console.log('');
    console.log('| part | files | unpacked | in the pack |');
    console.log('|---|--:|--:|--:|');
    for (const [g, e] of [...groups].sort((a, b) => b[1].stored - a[1].stored)) console.log(`| ${g} | ${e.n} | ${mib(e.size)} | ${mib(e.stored)} |`);
    const big = files.filter((f) => f.storedSize >= 1e6).sort((a, b) => b.storedSize - a.storedSize);
    console.log('');
    for (const f of big) console.log(`  ${f.path}: ${mib(f.size)} -> ${mib(f.storedSize)}`);
    console.log('');
    log(`${rel(DIR)}: ${mib(total)} in ${walk(DIR, { nested: true }).length} files (unpacked ${mib(files.reduce((s, f) => s + f.size, 0))}), made in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    if (total > LIMIT) die(`the pack is ${mib(total)}, over the ${mib(LIMIT)} limit`);
    log(`run it on the GPU machine: bash ${rel(DIR)}/gpu-run.sh [bench options]   (writes $OUT/gpu-bench.md, else ./gpu-bench.md)`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

await main();
