// bench:web's throttled start-up: the game page and the facilitator's page loaded the way Lighthouse's
// mobile profile loads them (Lighthouse itself needs the network; this is its emulation, through CDP):
// 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up, the CPU four times slower. Prints when the first
// text painted (FCP), the largest one (LCP), the title screen became usable, and the world first drew.
import type { Browser, Page } from 'playwright-core';
import { openPageAt } from '../tests/e2e/harness';

const MOBILE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

interface Marks {
  fcp: number;
  lcp: number;
  usable: number;
  world: number | null;
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE.latency,
    downloadThroughput: MOBILE.downloadThroughput,
    uploadThroughput: MOBILE.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
}

// Source text, not a function: tsx's helpers do not exist inside the page.
const RECORD = (usable: string, world: string | null) => `(() => {
  const marks = (window.__marks = {});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  function tick() {
    const now = performance.now();
    const el = document.querySelector(${JSON.stringify(usable)});
    if (marks.usable === undefined && el && el.getClientRects().length > 0) marks.usable = now;
    ${world ? `if (marks.world === undefined && document.querySelector(${JSON.stringify(world)})) marks.world = now;` : ''}
    if (marks.usable === undefined || ${world ? 'marks.world === undefined' : 'false'}) requestAnimationFrame(tick);
    else marks.done = true;
  }
  requestAnimationFrame(tick);
})();`;

async function load(browser: Browser, origin: string, path: string, usable: string, world: string | null) {
  const p = await openPageAt(browser, origin, path, {
    viewport: { width: 412, height: 823 },
    timeout: 120_000,
    beforeNavigate: async (page) => {
      await throttle(page);
      await page.addInitScript({ content: RECORD(usable, world) });
    },
  });
  try {
    // Functions, not source text: the page's Content-Security-Policy refuses strings evaluated as code.
    type Recorded = { __marks?: { done?: boolean; lcp?: number; usable: number; world?: number } };
    await p.page.waitForFunction(() => (window as unknown as Recorded).__marks?.done === true, null, {
      timeout: 120_000,
    });
    return await p.page.evaluate(() => {
      const marks = (window as unknown as Recorded).__marks!;
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        lcp: marks.lcp ?? Number.NaN,
        usable: marks.usable,
        world: marks.world ?? null,
      };
    });
  } finally {
    await p.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function reportThrottled(browser: Browser, origin: string, runs: number): Promise<void> {
  console.log(
    `\n2b. Throttled start-up, Lighthouse's mobile profile emulated (RTT ${MOBILE.latency} ms, ` +
      `1.6 Mbit/s down, 750 kbit/s up, CPU ×${MOBILE.cpuSlowdown}, 412×823; median of ${runs} cold loads)`,
  );
  const pages = [
    {
      name: 'game page',
      path: 'index.html',
      usable: '[data-testid="screen-title"] #new-game',
      world: '#world[data-scene="title"] canvas',
    },
    { name: 'facilitator page', path: 'facilitator.html', usable: '#nav-prepare', world: null },
  ];
  for (const pg of pages) {
    const all: Marks[] = [];
    for (let i = 0; i < runs; i++) all.push(await load(browser, origin, pg.path, pg.usable, pg.world));
    const m = (k: keyof Marks) => median(all.map((x) => x[k] ?? Number.NaN));
    console.log(
      `   ${pg.name.padEnd(17)} first contentful paint ${s(m('fcp'))}, largest ${s(m('lcp'))}, ` +
        `usable ${s(m('usable'))}${pg.world ? `, world drawn ${s(m('world'))}` : ''}`,
    );
  }
}
