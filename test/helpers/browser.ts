// Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
// (never a browser of its own), and a static file server on 127.0.0.1 (WebGPU needs a secure
// context, which http://127.0.0.1 is and a data: URL is not). Flags as in DESIGN.md section 5.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.RNNC_CHROMIUM ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** WebGPU on SwiftShader (Vulkan) and WebGL2 on SwiftShader through ANGLE. */
const GPU_ARGS = ['--enable-unsafe-webgpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export function haveChromium(): boolean {
  return fs.existsSync(CHROMIUM);
}

export async function launchChromium(): Promise<Browser> {
  if (!haveChromium()) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set RNNC_CHROMIUM`);
  return chromium.launch({ executablePath: CHROMIUM, args: [...BASE_ARGS, ...GPU_ARGS] });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.safetensors': 'application/octet-stream',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` (and nothing above it) on 127.0.0.1 at a free port, cross-origin isolated unless
 * `isolated` is false.
 */
export async function serveDir(dir: string, { isolated = true }: { isolated?: boolean } = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.resolve(root, `.${rel === '/' ? '/index.html' : rel}`);
    // The browser asks for a favicon on its own; a 404 for it would be a console error in every page.
    if (rel === '/favicon.ico' && !fs.existsSync(file)) {
      res.writeHead(204).end();
      return;
    }
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    // Cross-origin isolation, so that pages may use SharedArrayBuffer (the wasm target's threads).
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...(isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}),
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Opens `url` in a new page; console errors and uncaught page errors are collected in `errors`. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}
