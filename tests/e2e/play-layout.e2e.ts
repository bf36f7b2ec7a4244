// The play screens as a room sees them: a quarter's decisions fold last quarter's choices into a line and
// fit in two screens at 1280x720; the report's "why" is in view without scrolling; the play bar never
// covers the focused control. At 1280x720, 1920x1080 and 390x844, with screenshots in test-results/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contextOf, gateMargins } from '../../src/sim';
import {
  loadWithSave,
  planGame,
  playTurnByMouse,
  SIZES,
  saveText,
  scenario,
  tabTo,
  waitScreen,
} from './game-driver';
import { screenshot } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

const SHOWN = { projector: SIZES.projector, fullhd: SIZES.fullhd, phone: SIZES.phone } as const;

/** The panel's height against what it shows at once (the page's, on a phone where the page scrolls). */
async function screensTall(page: Page): Promise<number> {
  return page.evaluate(() => {
    const panel = document.getElementById('panel')!;
    return panel.scrollHeight / panel.clientHeight;
  });
}

/** Where an element is against the play bar and the window: its box, the bar's top, the visible band. */
async function against(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const shown = el.closest('label') ?? el;
    const box = shown.getBoundingClientRect();
    const panel = document.getElementById('panel')!.getBoundingClientRect();
    const bar = document.querySelector('.sticky-actions')?.getBoundingClientRect();
    const top = Math.max(0, panel.top);
    return {
      top: box.top,
      bottom: box.bottom,
      barTop: bar?.top ?? window.innerHeight,
      viewTop: top,
      inBar: !!el.closest('.sticky-actions'),
    };
  }, selector);
}

async function expectWhyInView(page: Page, what: string) {
  const why = await against(page, '[data-testid="why"]');
  expect(why, what).not.toBeNull();
  expect(why!.top, `${what}: the "why" starts above the window`).toBeGreaterThanOrEqual(why!.viewTop - 1);
  expect(why!.bottom, `${what}: the "why" is under the play bar`).toBeLessThanOrEqual(why!.barTop + 1);
}

/** Tabs through the panel from its heading to the play button: no focused control under the bar. */
async function tabThroughPanel(page: Page, what: string): Promise<number> {
  await page.locator('#screen-heading').focus();
  let seen = 0;
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const a = document.activeElement;
      return a && document.getElementById('panel')!.contains(a) ? a.id || a.tagName : null;
    });
    if (!id) break;
    const box = await page.evaluate(() => {
      const a = document.activeElement!;
      const shown = a.closest('label') ?? a;
      const r = shown.getBoundingClientRect();
      const bar = document.querySelector('.sticky-actions')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, barTop: bar.top, inBar: !!a.closest('.sticky-actions') };
    });
    seen++;
    if (!box.inBar)
      expect(box.bottom, `${what}: ${id} is under the play bar`).toBeLessThanOrEqual(box.barTop + 0.5);
    expect(box.top, `${what}: ${id} is above the window`).toBeGreaterThanOrEqual(0);
    if (id === 'confirm-turn' || id === 'next-quarter') break;
  }
  return seen;
}

/** Every word the world shows (its label layer over the canvas) is at least 14 px. */
async function expectWorldTextReadable(page: Page, what: string) {
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.world-labels *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''))
      .map((el) => ({
        text: el.textContent!.slice(0, 30),
        px: Number.parseFloat(getComputedStyle(el).fontSize),
      })),
  );
  expect(sizes.length, `${what}: no world text found`).toBeGreaterThan(3);
  expect(
    sizes.filter((s) => s.px < 14),
    `${what}: world text under 14 px`,
  ).toEqual([]);
}

describe('the play screens', () => {
  for (const [plan, locale] of [
    ['continuity-dialogue', 'en-US'],
    ['bottom-up-untrained', 'fr-FR'],
  ] as const) {
    it(`fold last quarter's choices and fit in two screens at 1280x720 (${plan}, ${locale})`, async () => {
      const planned = planGame(plan, 'screens');
      const p = await h.openPage('index.html', { viewport: SIZES.projector, locale });
      const { page } = p;
      await waitScreen(page, 'title');
      await loadWithSave(page, saveText(planned.game, 0));
      for (let i = 0; i < planned.game.turns.length; i++) {
        const turn = i + 1;
        await waitScreen(page, 'play', turn);
        if (turn > 1) {
          // From the second quarter on: last quarter's standing choices are one line, to change at will.
          await page.locator('#carried').waitFor({ state: 'visible' });
          expect(
            await screensTall(page),
            `quarter ${turn}: the decisions need more than two screens`,
          ).toBeLessThanOrEqual(2);
        }
        await playTurnByMouse(page, planned.game.turns[i]!);
        await waitScreen(page, 'report', turn);
        await expectWhyInView(page, `report of quarter ${turn}`);
        await page.locator('#next-quarter').click();
      }
      await waitScreen(page, 'end');
      expect(p.problems()).toEqual([]);
      await p.close();
    }, 300_000);
  }

  it('unfold the carried choices by keyboard, by shortcut and by mouse', async () => {
    const planned = planGame('continuity-dialogue', 'screens');
    const p = await h.openPage('index.html', { viewport: SIZES.projector });
    const { page } = p;
    await waitScreen(page, 'title');
    await loadWithSave(page, saveText(planned.game, 4));
    await waitScreen(page, 'play', 5);
    const change = page.locator('#change-carried');
    // A screen reader hears a folded disclosure, described by the line it folds.
    expect(await change.getAttribute('aria-expanded')).toBe('false');
    const described = await page.evaluate(
      () =>
        document.getElementById(document.getElementById('change-carried')!.getAttribute('aria-describedby')!)
          ?.textContent ?? '',
    );
    const kept = planned.game.turns[3]!;
    expect(described.length).toBeGreaterThan(10);
    expect(await page.locator('#carried').getAttribute('data-approach')).toBe(kept.approach);
    expect(await page.locator('#approach-group').count()).toBe(0);
    // Keyboard: Tab to the button, Enter; the focus lands in the first group it unfolded.
    await page.locator('#screen-heading').focus();
    await tabTo(page, '#change-carried');
    await page.keyboard.press('Enter');
    await page.locator('#carried').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe('approach-group');
    expect(await page.locator(`input#approach-${kept.approach}`).isChecked()).toBe(true);
    expect(await page.locator(`input#voice-${kept.voice}`).isChecked()).toBe(true);
    for (const k of kept.measure) expect(await page.locator(`input#measure-${k}`).isChecked()).toBe(true);
    await screenshot(page, 'play-layout-unfolded-projector');

    // The next quarter folds again; the M key unfolds and goes to what is measured.
    await playTurnByMouse(page, planned.game.turns[4]!);
    await waitScreen(page, 'report', 5);
    await page.keyboard.press('n');
    await waitScreen(page, 'play', 6);
    await page.locator('#carried').waitFor({ state: 'visible' });
    await page.keyboard.press('m');
    await page.locator('#carried').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe('measure-group');

    // Mouse: the button unfolds, and a changed choice is played as chosen.
    await playTurnByMouse(page, planned.game.turns[5]!);
    await waitScreen(page, 'report', 6);
    await page.locator('#next-quarter').click();
    await waitScreen(page, 'play', 7);
    await page.locator('#change-carried').click();
    await page.locator('label[data-testid="voice-broadcast"]').click();
    expect(await page.locator('input#voice-broadcast').isChecked()).toBe(true);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 180_000);

  for (const [size, viewport] of Object.entries(SHOWN)) {
    it(`keep the focused control clear of the play bar, and the "why" in view, at ${size}`, async () => {
      const planned = planGame('continuity-dialogue', 'screens');
      const phaseTurn = planned.records.find((r) => r.phaseAfter > r.phaseBefore)!.turn;
      const p = await h.openPage('index.html', { viewport });
      const { page } = p;
      await waitScreen(page, 'title');
      await loadWithSave(page, saveText(planned.game, phaseTurn - 1));
      const phaseState = planned.records[phaseTurn - 2]!.state;
      await waitScreen(page, 'play', phaseTurn);
      await page.waitForTimeout(800);
      await screenshot(page, `play-layout-decide-${size}`);
      if (size === 'projector') await expectWorldTextReadable(page, 'decide at 1280x720');
      // The gauges carry a mark at the next phase's bars, the numbers of the sim's gate.
      const ctx = contextOf(scenario, planned.game);
      const margins = gateMargins(
        ctx,
        phaseState.phase,
        phaseState.vars,
        phaseState.dashboard,
        phaseState.moves,
      )!;
      for (const id of ['trust', 'buyIn'] as const) {
        const mark = page.locator(`[data-testid="gauge-${id}"] .gauge-mark`);
        expect(Number(await mark.getAttribute('data-needs'))).toBe(margins.find((m) => m.id === id)!.needs);
        expect(await mark.isVisible(), `the ${id} mark at ${size}`).toBe(true);
      }
      expect(await tabThroughPanel(page, `folded decisions at ${size}`)).toBeGreaterThanOrEqual(3);
      await page.locator('#change-carried').click();
      expect(await tabThroughPanel(page, `unfolded decisions at ${size}`)).toBeGreaterThanOrEqual(7);
      await playTurnByMouse(page, planned.game.turns[phaseTurn - 1]!);
      await waitScreen(page, 'report', phaseTurn);
      await page.locator('[data-testid="moment-phase"]').waitFor({ state: 'visible' });
      // The report's "why" with no scrolling (a phone starts the report at its heading).
      await expectWhyInView(page, `phase report at ${size}`);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `test-results/play-layout-report-${size}.png` });
      if (size === 'projector') await expectWorldTextReadable(page, 'report at 1280x720');
      await tabThroughPanel(page, `report at ${size}`);
      expect(p.problems()).toEqual([]);
      await p.close();
    }, 180_000);
  }
});
