// npm run bench:lighthouse: Lighthouse's own mobile performance audit of the game page and the
// facilitator's page, on a fresh production build served the way the live room serves it (gzip,
// src/server/static-files.ts) on 127.0.0.1, in the system Chromium. Lighthouse's default mobile profile:
// a mid-range phone's screen, 150 ms round trips, 1.6 Mbit/s down, the CPU four times slower (simulated
// from the real load, "Lantern"). Prints, for each page, the run of median score beside every run's
// score, and keeps that run's report in test-results/lighthouse/ (open it in Lighthouse's report viewer).
// A benchmark: it prints, it never fails on a figure.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result, type RunnerResult } from 'lighthouse';
import { build } from 'vite';
import { staticFiles } from '../src/server/static-files';
import { CHROMIUM_ARGS, chromiumPath, RESULTS_DIR } from '../tests/e2e/harness';

// The game page once more with the system's "reduce motion" set: its title screen then stands still. In
// software WebGL (no GPU here) each animated frame is a long task on a CPU slowed four times, and
// Lighthouse counts it as blocking; the second row tells that cost from the cost of loading the page.
const PAGES = [
  { name: 'game page', path: 'index.html', target: 90, flags: [] },
  {
    name: 'game page, reduced motion',
    path: 'index.html',
    target: 90,
    flags: ['--force-prefers-reduced-motion'],
  },
  { name: 'facilitator page', path: 'facilitator.html', target: 90, flags: [] },
] as const;

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
  ['cumulative-layout-shift', 'CLS'],
  ['interactive', 'TTI'],
] as const;

function parseRuns(argv: string[]): number {
  let runs = 3;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number of at least 1');
    } else if (a === '--help' || a === '-h') {
      console.log(
        'npm run bench:lighthouse [-- --runs N]\n  --runs N   Lighthouse runs per page (default 3)',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return runs;
}

async function serve(root: string) {
  const files = staticFiles(root);
  const server = createServer((req, res) => void files(req, res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

async function audit(url: string, flags: readonly string[]): Promise<Result> {
  // A fresh browser for each run, as Lighthouse's own command line does: nothing cached from the last.
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...flags],
  });
  try {
    const run: RunnerResult | undefined = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (run.lhr.runtimeError) throw new Error(`Lighthouse: ${run.lhr.runtimeError.message}`);
    return run.lhr;
  } finally {
    chrome.kill();
  }
}

const score = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

/** The three longest main-thread categories of the run (script evaluation, layout...). */
function mainThread(lhr: Result): string {
  const items = (lhr.audits['mainthread-work-breakdown']?.details as { items?: unknown[] } | undefined)
    ?.items as { groupLabel: string; duration: number }[] | undefined;
  return (items ?? [])
    .slice(0, 3)
    .map((i) => `${i.groupLabel} ${Math.round(i.duration)} ms`)
    .join(', ');
}

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  console.log(
    `bench:lighthouse · Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ` +
      `mobile profile · ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'} · ` +
      `load average ${loadavg()[0]!.toFixed(2)}`,
  );
  const work = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    await build({ logLevel: 'warn', build: { outDir: work, emptyOutDir: true } });
    const site = await serve(work);
    try {
      for (const page of PAGES) {
        const all: Result[] = [];
        for (let i = 0; i < runs; i++) all.push(await audit(`${site.origin}/${page.path}`, page.flags));
        const median = [...all].sort((a, b) => score(a) - score(b))[Math.floor((all.length - 1) / 2)]!;
        mkdirSync(join(RESULTS_DIR, 'lighthouse'), { recursive: true });
        writeFileSync(
          join(RESULTS_DIR, 'lighthouse', page.path.replace('.html', '.json')),
          JSON.stringify(median),
        );
        const figures = METRICS.map(([id, label]) => `${label} ${median.audits[id]?.displayValue ?? '?'}`);
        const verdict = score(median) >= page.target ? 'within' : 'UNDER';
        console.log(
          `\n${page.name}: performance ${score(median)} (target >= ${page.target}: ${verdict}); ` +
            `runs ${all.map(score).join(', ')}\n  ${figures.join(', ')}\n  main thread: ${mainThread(median)}`,
        );
      }
    } finally {
      await site.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nload average at the end ${loadavg()[0]!.toFixed(2)}`);
}

main().catch((e: unknown) => {
  console.error(`bench:lighthouse failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
