// Browser test harness: serves a built site (dist/) from a tiny static server on 127.0.0.1 and drives the
// system Chromium through playwright-core (Playwright cannot download its own browser here).
// No vitest import: tools/bench-web.ts uses it too. In an e2e file:
//
//   let h: Harness;
//   beforeAll(async () => { h = await startHarness(); });
//   afterAll(async () => { await h?.close(); });
//   it('...', async () => {
//     const p = await h.openPage('index.html', { viewport: { width: 1280, height: 800 } });
//     await waitForSelector(p.page, '[data-testid="title"]', 'the title screen');
//     expect(p.problems()).toEqual([]);
//     await p.close();
//   });
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { MIME } from '../../src/server/static-files';

export const DIST_DIR = resolve('dist');
export const RESULTS_DIR = resolve('test-results');

// Pitfall 10 flags. WebGL comes from SwiftShader through ANGLE; Chromium already falls back to it with
// --disable-gpu, but that automatic fallback is deprecated, so ask for it by name.
// Never --disable-software-rasterizer: it removes SwiftShader, and Phaser would lose WebGL.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` read-only on 127.0.0.1 and a free port. No caching, so every page load is a cold load.
 * `headers` are added to every answer (the CSP test sends the policy as a header this way).
 */
export async function serveStatic(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const base = resolve(root);
  if (!existsSync(base)) throw new Error(`nothing to serve: ${root} does not exist (build first)`);
  const server: Server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/**
 * Launches headless Chromium; fails loudly (never skips) when it is missing or does not start. `extraArgs`
 * add to the usual flags (a fake camera, for example).
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}. Install Debian's "chromium" package or set CHROME_PATH ` +
        'to a Chromium binary; the e2e tests and bench:web need a real browser.',
    );
  try {
    // Playwright gives each launch a fresh temporary profile, and each context below is a clean one.
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...extraArgs],
      timeout: 60_000,
    });
  } catch (e) {
    throw new Error(`Chromium at ${executablePath} failed to start: ${(e as Error).message}`);
  }
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Browser locale, e.g. 'fr-FR' to see the French texts. Default en-US. */
  locale?: string;
  /** ms for navigation and the page's default waits. Default 30 s (SwiftShader on 2 cores is slow). */
  timeout?: number;
  /** 'allow' to let the site register its service worker (the offline tests); blocked by default. */
  serviceWorkers?: 'allow' | 'block';
  /** Runs before navigation, e.g. to add init scripts (see canvas-probe.ts) or routes. */
  beforeNavigate?: (page: Page) => Promise<void>;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages, as "text (url:line)" */
  consoleErrors: string[];
  /** uncaught exceptions and unhandled rejections in the page */
  pageErrors: string[];
  /** every request whose origin is not the server's (they are aborted, so tests never touch the net) */
  offOriginRequests: string[];
  /** same-origin requests that failed or answered >= 400 */
  failedRequests: string[];
  /** all of the above in one list: a clean page gives [] */
  problems(): string[];
  close(): Promise<void>;
}

export interface Harness {
  origin: string;
  browser: Browser;
  url(path: string): string;
  openPage(path: string, options?: OpenOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Starts the static server on `root` (default dist/) and Chromium. Call close() in afterAll. */
export async function startHarness(
  root: string = DIST_DIR,
  headers: Record<string, string> = {},
): Promise<Harness> {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html is missing: run "npx vite build" first (npm run test:e2e does)`);
  const server = await serveStatic(root, headers);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await server.close();
    throw e;
  }
  const url = (path: string) => `${server.origin}/${path.replace(/^\//, '')}`;
  return {
    origin: server.origin,
    browser,
    url,
    openPage: (path, options) => openPageAt(browser, server.origin, path, options),
    close: async () => {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/** Opens `path` of the site at `origin` in a fresh browser context (clean storage, no cache). */
export async function openPageAt(
  browser: Browser,
  origin: string,
  path: string,
  options: OpenOptions = {},
): Promise<OpenedPage> {
  const timeout = options.timeout ?? 30_000;
  const target = `${origin}/${path.replace(/^\//, '')}`;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const offOriginRequests: string[] = [];
  const failedRequests: string[] = [];
  // Abort anything that would leave the page's origin; data:, blob: and about: never reach route().
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (new URL(u).origin === origin) return route.continue();
    offOriginRequests.push(`${route.request().method()} ${u}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.setDefaultNavigationTimeout(timeout);
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const loc = m.location();
    consoleErrors.push(`${m.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message));
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).origin === origin)
      failedRequests.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).origin === origin)
      failedRequests.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
  });
  await options.beforeNavigate?.(page);
  try {
    await page.goto(target, { waitUntil: 'load', timeout });
  } catch (e) {
    await context.close().catch(() => {});
    throw new Error(`could not load ${target} within ${timeout} ms: ${(e as Error).message}`);
  }
  return {
    page,
    context,
    consoleErrors,
    pageErrors,
    offOriginRequests,
    failedRequests,
    problems: () => [
      ...consoleErrors.map((x) => `console error: ${x}`),
      ...pageErrors.map((x) => `page error: ${x}`),
      ...offOriginRequests.map((x) => `off-origin request: ${x}`),
      ...failedRequests.map((x) => `failed request: ${x}`),
    ],
    close: () => context.close(),
  };
}

/**
 * Waits for a selector to be visible; on timeout, fails with what was awaited, where, the visible text and
 * the page's errors so far (a blank screen usually has a console error behind it).
 */
export async function waitForSelector(
  target: Page | OpenedPage,
  selector: string,
  what: string,
  timeout = 30_000,
): Promise<void> {
  const page = 'problems' in target ? target.page : target;
  try {
    await page.locator(selector).first().waitFor({ state: 'visible', timeout });
  } catch {
    const text = await page
      .evaluate(() => (document.body?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 400))
      .catch(() => '(page gone)');
    const problems = 'problems' in target ? target.problems() : [];
    throw new Error(
      `timed out after ${timeout} ms waiting for ${what} (${selector}) on ${page.url()}.\n` +
        `Visible text: ${JSON.stringify(text)}\n` +
        (problems.length ? `Page problems:\n  ${problems.join('\n  ')}` : 'No console or page errors.'),
    );
  }
}

/** Saves a full-page screenshot to test-results/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
