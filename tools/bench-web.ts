// npm run bench:web: the game in real headless Chromium. Prints figures beside their targets, asserts nothing.
//   1. gzip size of our own code and of Phaser, from a fresh production build;
//   2. time from navigation to a usable title screen, beside an empty Phaser 4 game built in the same run;
//   3. frame times while a script plays a whole game through the real UI;
//   4. JS heap after one game and after 20 games in the same page.
// See docs/benchmarks.md for what each figure means and how it is taken; Lighthouse's mobile audit is
// npm run bench:lighthouse (tools/bench-lighthouse.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { pageCanvases, trackCanvasContexts } from '../tests/e2e/canvas-probe';
import { chromiumPath, launchChromium, openPageAt, serveStatic } from '../tests/e2e/harness';
import { reportFacilitator } from './bench-facilitator';
import { type Pace, playOneGame, waitForTitle } from './bench-web-play';

/** Our title screen is usable: its New game button shows over the picture's sky and city (page drawings). */
const TITLE_USABLE = 'body:has(#world > svg.backdrop) [data-testid="screen-title"] #new-game';

const TARGET = { startupRatio: 1.3, frameP95: 20, heapGrowth: 0.15 };

/**
 * The frame-time figure is taken while the script plays like a brisk team: half a second per choice, three
 * seconds on each quarter's report (a real team takes minutes). A game clicked as fast as the page answers
 * is printed beside it, as a stress figure.
 */
const TEAM_PACE: Pace = { choice: 500, report: 3000 };

interface Args {
  runs: number;
  games: number;
  play: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 9, games: 20, play: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a whole number of at least 1`);
      return v;
    };
    if (a === '--runs') args.runs = next();
    else if (a === '--games') args.games = Math.max(2, next());
    else if (a === '--no-play') args.play = false;
    else if (a === '--help' || a === '-h') {
      console.log(
        'npm run bench:web [-- --runs N] [-- --games N] [-- --no-play]\n' +
          '  --runs N    cold page loads per build for the startup figure (default 9)\n' +
          '  --games N   games played in one page for the heap figure (default 20)\n' +
          '  --no-play   sizes and startup only',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return args;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

/** Nearest-rank quantile of an unsorted list. */
function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

// ---------------------------------------------------------------------------------------------- builds

async function buildApp(outDir: string): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/**
 * The baseline: one page, one Phaser.Game in WebGL with an empty scene, the same canvas size and scale mode
 * as ours, built with the same vite and Phaser. Nothing in it marks readiness: see markWhenReady.
 */
async function buildEmptyPhaser(workDir: string, outDir: string): Promise<void> {
  const src = join(workDir, 'empty-phaser');
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(src, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
      '<title>Empty Phaser 4 game</title></head><body><main id="app"></main>' +
      '<script type="module" src="./main.js"></script></body></html>\n',
  );
  writeFileSync(
    join(src, 'main.js'),
    `import * as Phaser from 'phaser';
class Empty extends Phaser.Scene {
  create() {}
}
new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'app',
  width: 1280,
  height: 720,
  backgroundColor: '#1d2330',
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Empty],
});
`,
  );
  // The temp folder is outside the project, so point 'phaser' at the project's copy.
  const phaserEntry = resolve('node_modules/phaser/dist/phaser.esm.js');
  await build({
    root: src,
    configFile: false,
    base: './',
    logLevel: 'warn',
    resolve: { alias: { phaser: phaserEntry } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'phaser', test: /phaser[\\/]dist/ }] } },
      },
    },
  });
}

// ----------------------------------------------------------------------------------------------- sizes

interface Asset {
  file: string;
  raw: number;
  gzip: number;
}

function assets(distDir: string): Asset[] {
  const dir = join(distDir, 'assets');
  return readdirSync(dir)
    .filter((f) => ['.js', '.css'].includes(extname(f)))
    .map((file) => {
      const body = readFileSync(join(dir, file));
      return { file, raw: body.length, gzip: gzipSync(body).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

const isPhaser = (a: Asset) => a.file.startsWith('phaser');

/** Files index.html loads (scripts, module preloads, styles), so the game page's own share can be told apart. */
function loadedBy(distDir: string, page: string): Set<string> {
  const html = readFileSync(join(distDir, page), 'utf8');
  return new Set([...html.matchAll(/(?:src|href)="\.?\/?assets\/([^"]+)"/g)].map((m) => m[1]!));
}

function reportSizes(appDir: string, emptyDir: string): void {
  const all = assets(appDir);
  const ours = all.filter((a) => !isPhaser(a));
  const phaser = all.filter(isPhaser);
  const game = loadedBy(appDir, 'index.html');
  const sum = (list: Asset[], key: 'raw' | 'gzip') => list.reduce((s, a) => s + a[key], 0);
  const oursInGame = ours.filter((a) => game.has(a.file));
  const emptyPhaser = assets(emptyDir).filter(isPhaser);
  console.log('\n1. Size (gzip with zlib defaults, from this run’s production build)');
  for (const a of all)
    console.log(`   ${a.file.padEnd(44)} ${kb(a.raw).padStart(10)} raw ${kb(a.gzip).padStart(10)} gzip`);
  console.log(
    `   our code, all pages:     ${kb(sum(ours, 'gzip'))} gzip (${kb(sum(ours, 'raw'))} raw, ${ours.length} files)`,
  );
  console.log(`   our code, game page:     ${kb(sum(oursInGame, 'gzip'))} gzip (${oursInGame.length} files)`);
  console.log(`   Phaser:                  ${kb(sum(phaser, 'gzip'))} gzip (${kb(sum(phaser, 'raw'))} raw)`);
  console.log(
    `   Phaser in the empty game: ${kb(sum(emptyPhaser, 'gzip'))} gzip (same library, for reference)`,
  );
}

// --------------------------------------------------------------------------------------------- startup

// Init scripts are passed as source text: tsx compiles named inner functions with an `__name` helper that
// does not exist inside the page.

/**
 * Records performance.now() (ms since navigation started) at the first animation frame where `selector` is
 * visible and, when `webgl`, WebGL has drawn into a canvas of the document (Phaser clears its canvas at the
 * start of every frame it renders). No hook in either build.
 */
async function markWhenReady(page: Page, selector: string, webgl: boolean): Promise<void> {
  await page.addInitScript({
    content: `(() => {
      const sel = ${JSON.stringify(selector)};
      const webgl = ${JSON.stringify(webgl)};
      const marks = (window.__marks = {});
      for (const C of [WebGLRenderingContext, WebGL2RenderingContext])
        for (const name of ['clear', 'drawArrays', 'drawElements']) {
          const original = C.prototype[name];
          C.prototype[name] = function (...args) {
            if (marks.drawn === undefined && this.canvas.isConnected) marks.drawn = performance.now();
            return original.apply(this, args);
          };
        }
      function tick() {
        const now = performance.now();
        if (marks.canvas === undefined && document.querySelector('canvas')?.isConnected) marks.canvas = now;
        const el = document.querySelector(sel);
        if (marks.shown === undefined && el && el.getClientRects().length > 0) marks.shown = now;
        if ((!webgl || marks.drawn !== undefined) && marks.shown !== undefined) window.__readyAt = now;
        else requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
    })();`,
  });
}

/** Where the time goes, in ms since navigation started; `ready` is the figure that counts. */
interface Ready {
  ready: number;
  /** DOMContentLoaded: the HTML parsed and the module scripts run. */
  dom: number;
  /** First frame in which a canvas is in the document (Phaser booted), if by the ready frame. */
  canvas?: number;
  /** First WebGL clear or draw on that canvas, if by the ready frame. */
  drawn?: number;
  /** First frame in which the selector is visible. */
  shown: number;
  /** The context of the biggest canvas on the page: 'webgl' when Phaser runs its WebGL renderer. */
  renderer: string | null;
}

async function timeToReady(
  browser: Browser,
  origin: string,
  selector: string,
  webgl: boolean,
): Promise<Ready> {
  const p = await openPageAt(browser, origin, 'index.html', {
    beforeNavigate: async (page) => {
      await trackCanvasContexts(page);
      await markWhenReady(page, selector, webgl);
    },
  });
  try {
    const ready = () => (window as unknown as { __readyAt?: number }).__readyAt !== undefined;
    await p.page.waitForFunction(ready, null, { timeout: 60_000 }).catch(() => {
      throw new Error(`${selector} did not show within 60 s on ${origin}: ${p.problems().join('; ')}`);
    });
    const problems = p.problems();
    if (problems.length) throw new Error(`${origin} had problems:\n  ${problems.join('\n  ')}`);
    const marks = (await p.page.evaluate(`({
      ...window.__marks,
      ready: window.__readyAt,
      dom: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    })`)) as Omit<Ready, 'renderer'>;
    return { ...marks, renderer: (await pageCanvases(p.page))[0]?.context ?? null };
  } finally {
    await p.close();
  }
}

async function reportStartup(browser: Browser, app: string, empty: string, runs: number): Promise<void> {
  console.log(
    `\n2. Navigation to usable title screen (median of ${runs} cold loads each, fresh context each)`,
  );
  const EMPTY_READY = '#app canvas';
  // One warm-up load each: the first page of a browser pays for things no player pays for twice.
  await timeToReady(browser, app, TITLE_USABLE, false);
  await timeToReady(browser, empty, EMPTY_READY, true);
  const ours: Ready[] = [];
  const base: Ready[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate, so a burst of load on the machine hits both sides alike.
    ours.push(await timeToReady(browser, app, TITLE_USABLE, false));
    base.push(await timeToReady(browser, empty, EMPTY_READY, true));
  }
  const median = (list: Ready[], key: Exclude<keyof Ready, 'renderer'>) =>
    quantile(
      list.flatMap((r) => r[key] ?? []),
      0.5,
    );
  const describe = (list: Ready[]) => {
    const times = list.map((r) => r.ready);
    const renderers = [...new Set(list.map((r) => r.renderer ?? 'no canvas'))].join(', ');
    // A step that did not happen by the ready frame (our world starts later) is left out.
    const step = (label: string, key: Exclude<keyof Ready, 'renderer'>) =>
      list.every((r) => r[key] !== undefined) ? [`${label} ${ms(median(list, key))}`] : [];
    return [
      `median ${ms(median(list, 'ready'))} (${ms(Math.min(...times))} to ${ms(Math.max(...times))}), ` +
        `canvas context: ${renderers}`,
      `medians of the steps: ${[
        ...step('DOMContentLoaded', 'dom'),
        ...step('canvas in page', 'canvas'),
        ...step('first WebGL draw', 'drawn'),
        ...step('selector visible', 'shown'),
      ].join(', ')}`,
    ];
  };
  console.log(
    `   our game: ${TITLE_USABLE} visible (the title screen usable and its picture drawn; the world ` +
      'starts later, when a screen needs it or the title is left alone: src/game/launch.ts)',
  );
  for (const line of describe(ours)) console.log(`     ${line}`);
  console.log(`   empty Phaser 4 game: ${EMPTY_READY} visible and WebGL has drawn (same rule)`);
  for (const line of describe(base)) console.log(`     ${line}`);
  const ratio = median(ours, 'ready') / median(base, 'ready');
  console.log(
    `   ratio ${ratio.toFixed(2)} (target <= ${TARGET.startupRatio}): ${verdict(ratio <= TARGET.startupRatio)}`,
  );
}

// ----------------------------------------------------------------------------------- frames and memory

/** Records every requestAnimationFrame timestamp while window.__sampling is true. */
async function sampleFrames(page: Page): Promise<void> {
  await page.addInitScript({
    content: `(() => {
      window.__frames = [];
      window.__sampling = false;
      function tick(t) {
        if (window.__sampling) window.__frames.push(t);
        requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
    })();`,
  });
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** rAF deltas of a page left alone for `seconds` (source text: see markWhenReady). */
async function idleFrames(page: Page, seconds: number): Promise<number[]> {
  const stamps = (await page.evaluate(`new Promise((done) => {
    const stamps = [];
    const end = performance.now() + ${seconds * 1000};
    function tick(t) {
      stamps.push(t);
      if (t < end) requestAnimationFrame(tick);
      else done(stamps);
    }
    requestAnimationFrame(tick);
  })`)) as number[];
  return stamps.slice(1).map((t, i) => t - stamps[i]!);
}

const frameLine = (deltas: number[]) =>
  `${deltas.length} frames: p50 ${ms(quantile(deltas, 0.5))}, p95 ${ms(quantile(deltas, 0.95))}, ` +
  `max ${ms(Math.max(...deltas))}`;

async function reportPlay(browser: Browser, app: string, empty: string, games: number): Promise<void> {
  console.log('\n3. Frame time (requestAnimationFrame deltas, 1280×800)');
  // The control: what this machine, under its present load, gives a Phaser page that draws nothing.
  const control = await openPageAt(browser, empty, 'index.html');
  try {
    await control.page.locator('#app canvas').waitFor();
    console.log(`   empty Phaser 4 game, idle 5 s:   ${frameLine(await idleFrames(control.page, 5))}`);
  } finally {
    await control.close();
  }

  const p = await openPageAt(browser, app, 'index.html', { beforeNavigate: sampleFrames, timeout: 60_000 });
  try {
    await waitForTitle(p.page);
    console.log(`   our title screen, idle 5 s:      ${frameLine(await idleFrames(p.page, 5))}`);
    const setSampling = (on: boolean) =>
      p.page.evaluate((v) => {
        (window as unknown as { __sampling: boolean }).__sampling = v;
      }, on);
    const sampled = async (seed: string, pace?: Pace) => {
      await p.page.evaluate(() => {
        (window as unknown as { __frames: number[] }).__frames = [];
      });
      await setSampling(true);
      const game = await playOneGame(p.page, seed, pace);
      await setSampling(false);
      const stamps = await p.page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
      return { ...game, deltas: stamps.slice(1).map((t, i) => t - stamps[i]!) };
    };
    const paced = await sampled('bench-web-1', TEAM_PACE);
    console.log(
      `   our game, a scripted ${paced.turns}-turn game at a brisk team's pace ` +
        `(${TEAM_PACE.choice} ms per choice, ${TEAM_PACE.report / 1000} s per report; ` +
        `${(paced.ms / 1000).toFixed(1)} s):\n     ${frameLine(paced.deltas)}`,
    );
    const p95 = quantile(paced.deltas, 0.95);
    console.log(`   p95 ${ms(p95)} (target <= ${TARGET.frameP95} ms): ${verdict(p95 <= TARGET.frameP95)}`);
    const afterOne = await heapAfterGc(p.page);
    const rushed = await sampled('bench-web-2');
    console.log(
      `   the same script clicking as fast as the page answers (stress, watched; ` +
        `${(rushed.ms / 1000).toFixed(1)} s):\n     ${frameLine(rushed.deltas)}`,
    );

    process.stderr.write(`   (playing ${games - 2} more games in the same page…)\n`);
    for (let g = 3; g <= games; g++) await playOneGame(p.page, `bench-web-${g}`);
    const afterMany = await heapAfterGc(p.page);
    const growth = (afterMany - afterOne) / afterOne;
    console.log(`\n4. JS heap after garbage collection, same page (CDP Runtime.getHeapUsage)`);
    console.log(`   after 1 game: ${mb(afterOne)}; after ${games} games: ${mb(afterMany)}`);
    console.log(
      `   growth ${(growth * 100).toFixed(1)}% (target <= ${TARGET.heapGrowth * 100}%): ` +
        verdict(growth <= TARGET.heapGrowth),
    );
    const problems = p.problems();
    if (problems.length) console.log(`   page problems during the games:\n     ${problems.join('\n     ')}`);
  } finally {
    await p.close();
  }
}

// ------------------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const version = execFileSync(chromiumPath(), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .replace(/ built on .*/s, '')
    .trim();
  console.log(
    `bench:web · ${version} headless, WebGL via SwiftShader · Node ${process.version} · ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'} · load average ${loadavg()[0]!.toFixed(2)}`,
  );
  const work = mkdtempSync(join(tmpdir(), 'bench-web-'));
  const appDir = join(work, 'app');
  const emptyDir = join(work, 'empty-dist');
  try {
    await buildApp(appDir);
    await buildEmptyPhaser(work, emptyDir);
    reportSizes(appDir, emptyDir);
    const app = await serveStatic(appDir);
    const empty = await serveStatic(emptyDir);
    const browser = await launchChromium();
    try {
      await reportStartup(browser, app.origin, empty.origin, args.runs);
      if (args.play) await reportPlay(browser, app.origin, empty.origin, args.games);
      await reportFacilitator(browser, app.origin);
    } finally {
      await browser.close();
      await app.close();
      await empty.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench:web failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
