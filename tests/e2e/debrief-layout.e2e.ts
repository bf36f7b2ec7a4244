// The debrief's layout as a player sees it, on a phone (390x844), at 1280x720 and 1920x1080: the section
// navigation stays one row, each chart has a tick label for every quarter, no two texts of a chart
// overlap and none is cut, legends stay inside their chart, and a section's heading (reached by the nav,
// by keyboard, with text at 200%) is never under the sticky nav. The game is the telecom scenario's (the
// longest texts) over 12 quarters, stuck in its first phase so every section shows. Screenshots of every
// section go to test-results/debrief-layout-*.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { referencePlans } from '../../src/analysis/reference-plans';
import { encodeResultCode, parseScenarioText, playPlan } from '../../src/sim';
import { SIZES } from './game-driver';
import { type OpenedPage, RESULTS_DIR, waitForSelector } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

const telecom = parseScenarioText(readFileSync('scenarios/telecom.json', 'utf8'));
const played = playPlan(
  telecom,
  'e2e-harbour-7',
  referencePlans(telecom).find((p) => p.id === 'continuity-dialogue')!.plan,
);
const code = encodeResultCode(telecom, played.game);
const QUARTERS = played.game.turns.length;
const X_LABELS = ['Start', ...Array.from({ length: QUARTERS }, (_, i) => `Q${i + 1}`)];

async function openDebrief(size: { width: number; height: number }): Promise<OpenedPage> {
  const p = await h.openPage(`index.html#code=${code}`, { viewport: size });
  await waitForSelector(p, '[data-testid="screen-end"] #open-debrief', "the game's end screen");
  await p.page.click('#open-debrief');
  await waitForSelector(p, '[data-testid="debrief-screen"]', 'the debrief');
  await chartsFitted(p.page);
  return p;
}

/** Every chart has been drawn for its box's width (chart.ts marks it). */
async function chartsFitted(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<SVGSVGElement>('.debrief .chart-svg')].every(
      (svg) =>
        svg.dataset.fitted ===
        String(
          Math.floor(svg.closest('figure')!.querySelector('.chart-sizer')!.getBoundingClientRect().width),
        ),
    ),
  );
}

interface NavGeometry {
  tops: number[];
  buttonHeight: number;
  navBottom: number;
  navHeight: number;
  /** The nav's height as the debrief's CSS knows it (--debrief-nav-h). */
  navVar: string;
}

function navGeometry(page: Page): Promise<NavGeometry> {
  return page.evaluate(() => {
    const nav = document.querySelector('.debrief-nav')!;
    const boxes = [...nav.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
    const r = nav.getBoundingClientRect();
    return {
      tops: boxes.map((b) => Math.round(b.top)),
      buttonHeight: Math.max(...boxes.map((b) => b.height)),
      navBottom: r.bottom,
      navHeight: r.height,
      navVar: getComputedStyle(document.querySelector('.debrief')!).getPropertyValue('--debrief-nav-h'),
    };
  });
}

/** Where a heading is against the nav and the window. */
function headingAgainstNav(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!.getBoundingClientRect();
    const nav = document.querySelector('.debrief-nav')!.getBoundingClientRect();
    return { top: el.top, bottom: el.bottom, navBottom: nav.bottom, windowHeight: innerHeight };
  }, selector);
}

interface ChartProblems {
  charts: number;
  labelCounts: number[];
  wrongLabels: string[];
  small: string[];
  overlaps: string[];
  cut: string[];
  legendOut: string[];
}

/** Every chart of the debrief, checked with the boxes the browser drew. */
function chartProblems(page: Page, labels: string[]): Promise<ChartProblems> {
  return page.evaluate((expected) => {
    const out: ChartProblems = {
      charts: 0,
      labelCounts: [],
      wrongLabels: [],
      small: [],
      overlaps: [],
      cut: [],
      legendOut: [],
    };
    const inside = (a: DOMRect, b: DOMRect, slack = 1) =>
      a.left >= b.left - slack &&
      a.right <= b.right + slack &&
      a.top >= b.top - slack &&
      a.bottom <= b.bottom + slack;
    for (const figure of document.querySelectorAll<HTMLElement>('.debrief figure.chart')) {
      out.charts++;
      const name = figure.querySelector('.chart-title')?.textContent ?? '?';
      const svg = figure.querySelector('svg.chart-svg')!;
      const xLabels = [...svg.querySelectorAll('.chart-x-label')];
      out.labelCounts.push(xLabels.length);
      const texts = xLabels.map((t) => t.textContent);
      if (JSON.stringify(texts) !== JSON.stringify(expected))
        out.wrongLabels.push(`${name}: ${texts.join(' ')}`);
      // All the chart's texts (y labels, x labels, marker labels) and the what-if's marks on the ticks.
      const boxes = [...svg.querySelectorAll('text, .chart-tickmark')].map((t) => ({
        t: t.textContent || t.getAttribute('class'),
        r: t.getBoundingClientRect(),
      }));
      const svgBox = svg.getBoundingClientRect();
      for (const [i, a] of boxes.entries()) {
        // Readable: the glyphs' line is at least 10 px on the screen (the short side, for turned labels).
        const mark = (a.t ?? '').startsWith('chart-tickmark');
        if (!mark && Math.min(a.r.width, a.r.height) < 10 && (a.t ?? '').length > 1)
          out.small.push(`${name}: ${a.t}`);
        if (!inside(a.r, svgBox)) out.cut.push(`${name}: ${a.t}`);
        for (const b of boxes.slice(i + 1)) {
          const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const hgt = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (w > 0.5 && hgt > 0.5) out.overlaps.push(`${name}: "${a.t}" and "${b.t}"`);
        }
      }
      const legend = figure.querySelector('.chart-legend')!;
      const legendBox = legend.getBoundingClientRect();
      const figureBox = figure.getBoundingClientRect();
      if (!inside(legendBox, figureBox)) out.legendOut.push(`${name}: the legend`);
      for (const li of legend.querySelectorAll('li'))
        if (!inside(li.getBoundingClientRect(), legendBox)) out.legendOut.push(`${name}: ${li.textContent}`);
      // A chart never pokes out of its section (on a phone, two side by side used to).
      const section = figure.closest('.debrief-section')!.getBoundingClientRect();
      if (figureBox.right > section.right + 1)
        out.legendOut.push(`${name}: the chart is wider than its section`);
    }
    return out;
  }, labels);
}

describe('the debrief laid out for a phone, a projector and a full HD screen', () => {
  for (const [name, size] of Object.entries({
    phone: SIZES.phone,
    projector: SIZES.projector,
    fullhd: SIZES.fullhd,
  })) {
    const tag = `${size.width}x${size.height}`;
    it(`keeps one nav row, every quarter labelled and headings clear of the nav at ${tag} (${name})`, async () => {
      const p = await openDebrief(size);
      const page = p.page;
      await page.screenshot({ path: join(RESULTS_DIR, `debrief-layout-${tag}-top.png`) });

      // The nav: one row of buttons, whatever the width; its measured height is what the CSS uses.
      const nav = await navGeometry(page);
      expect(new Set(nav.tops).size, `button tops ${nav.tops}`).toBe(1);
      expect(nav.navHeight).toBeLessThan(2 * nav.buttonHeight);
      expect(nav.navVar).toBe(`${Math.round(nav.navHeight)}px`);
      // From a projector up the whole row shows at once; on a phone it scrolls, with a fade at its end.
      const row = await page.$eval('.debrief-nav-row', (r) => ({
        scrolls: r.scrollWidth > r.clientWidth,
        fadeAfter: r.classList.contains('more-after'),
      }));
      expect(row).toEqual(
        size.width >= 1280 ? { scrolls: false, fadeAfter: false } : { scrolls: true, fadeAfter: true },
      );

      // The timeline's table is wider than a phone: it scrolls, and fades out where more columns wait.
      const table = await page.$eval('#debrief-timeline .table-scroll', (el) => ({
        scrolls: el.scrollWidth > el.clientWidth,
        fades: el.classList.contains('more-after'),
      }));
      expect(table.fades).toBe(table.scrolls);
      if (size.width < 600) expect(table.scrolls).toBe(true);

      // Every section through the nav, by mouse, and each heading lands below the nav.
      const ids = await page.$$eval('.debrief-nav button', (bs) => bs.map((b) => b.dataset.section!));
      expect(ids).toEqual(['timeline', 'stuck', 'gps', 'turning', 'whatif', 'reference', 'prompts']);
      for (const id of ids) {
        await page.click(`.debrief-nav button[data-section="${id}"]`);
        const at = await headingAgainstNav(page, `#debrief-${id}-h`);
        expect(at.top, `${id} heading under the nav`).toBeGreaterThanOrEqual(at.navBottom);
        expect(at.bottom, `${id} heading below the window`).toBeLessThanOrEqual(at.windowHeight);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(`debrief-${id}-h`);
        expect(await page.getAttribute(`.debrief-nav button[data-section="${id}"]`, 'aria-current')).toBe(
          'location',
        );
        await page.screenshot({ path: join(RESULTS_DIR, `debrief-layout-${tag}-${id}.png`) });
      }

      // By keyboard: every nav button is reached with Tab, shown whole in the row, and Enter follows it.
      await page.focus('.debrief-nav button[data-section="timeline"]');
      for (const id of ids.slice(1)) {
        await page.keyboard.press('Tab');
        const seen = await page.evaluate(() => {
          const b = document.activeElement as HTMLElement;
          const row = b.closest('.debrief-nav-row')!.getBoundingClientRect();
          const r = b.getBoundingClientRect();
          return { section: b.dataset.section, inRow: r.left >= row.left - 1 && r.right <= row.right + 1 };
        });
        expect(seen).toEqual({ section: id, inRow: true });
      }
      await page.keyboard.press('Enter');
      const last = await headingAgainstNav(page, '#debrief-prompts-h');
      expect(last.top).toBeGreaterThanOrEqual(last.navBottom);

      // Shift+Tab from a heading goes back to a control above it, which scrolls in below the nav.
      await page.click('.debrief-nav button[data-section="whatif"]');
      await page.keyboard.press('Shift+Tab');
      const back = await page.evaluate(() => {
        const el = document.activeElement!;
        return {
          inSection: !!el.closest('.debrief-section'),
          top: el.getBoundingClientRect().top,
          navBottom: document.querySelector('.debrief-nav')!.getBoundingClientRect().bottom,
        };
      });
      expect(back.inSection).toBe(true);
      expect(back.top).toBeGreaterThanOrEqual(back.navBottom);

      // A what-if from the last quarter adds two charts whose "changed here" mark sits at the right edge.
      await page.selectOption('#what-if-turn', String(QUARTERS));
      const otherVoice = await page.$eval('#wi-voice', (el) => {
        const select = el as HTMLSelectElement;
        return [...select.options].find((o) => !o.disabled && o.value !== select.value)!.value;
      });
      await page.selectOption('#wi-voice', otherVoice);
      await page.click('#what-if-run');
      await waitForSelector(p, '[data-testid="wi-trust"]', 'the what-if result');
      await chartsFitted(page);
      expect(await page.locator('.debrief .chart-marker text').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('.debrief .chart-tickmark').count()).toBeGreaterThanOrEqual(2);
      await page.locator('.debrief .chart-marker').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(RESULTS_DIR, `debrief-layout-${tag}-whatif-result.png`) });

      // The charts: a label per quarter, readable, none overlapping or cut, legends inside.
      const charts = await chartProblems(page, X_LABELS);
      expect(charts.charts).toBeGreaterThanOrEqual(6);
      expect(charts.labelCounts.every((n) => n === X_LABELS.length)).toBe(true);
      expect(charts).toMatchObject({ wrongLabels: [], small: [], overlaps: [], cut: [], legendOut: [] });

      // Text at 200% (a reader's larger text setting): the nav grows, stays one row, headings stay clear.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await page.waitForFunction(() => {
        const nav = document.querySelector('.debrief-nav')!.getBoundingClientRect().height;
        const known = getComputedStyle(document.querySelector('.debrief')!).getPropertyValue(
          '--debrief-nav-h',
        );
        return known === `${Math.round(nav)}px`;
      });
      const zoomed = await navGeometry(page);
      expect(zoomed.navHeight).toBeGreaterThan(nav.navHeight * 1.5);
      expect(new Set(zoomed.tops).size).toBe(1);
      for (const id of ['gps', 'reference']) {
        await page.click(`.debrief-nav button[data-section="${id}"]`);
        const at = await headingAgainstNav(page, `#debrief-${id}-h`);
        expect(at.top, `${id} heading under the nav at 200%`).toBeGreaterThanOrEqual(at.navBottom);
      }
      await page.screenshot({ path: join(RESULTS_DIR, `debrief-layout-${tag}-text-200.png`) });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '';
      });

      // Printed: no nav, and every chart fits the paper's width.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        navShown: getComputedStyle(document.querySelector('.debrief-nav')!).display !== 'none',
        wider: [...document.querySelectorAll<SVGSVGElement>('.debrief .chart-svg')].filter(
          (svg) =>
            svg.getBoundingClientRect().width > svg.closest('figure')!.getBoundingClientRect().width + 1,
        ).length,
      }));
      expect(printed).toEqual({ navShown: false, wider: 0 });
      await page.emulateMedia({ media: 'screen' });

      expect(p.problems()).toEqual([]);
      await p.close();
    });
  }
});
