// Every screen at the four sizes the game is used at (projector, full HD, tablet, phone), written to
// test-results/ to be looked at. Each also checks the layout: nothing wider than the window, the world
// drawn, the main action on screen.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  loadWithSave,
  planGame,
  playTurnByMouse,
  SIZES,
  saveText,
  scenario,
  waitScreen,
  worldReady,
} from './game-driver';
import { RESULTS_DIR, screenshot } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

const planned = planGame('continuity-dialogue', 'screens');
const asksAnswer = (eventId: string | null) =>
  scenario.events.some((e) => e.id === eventId && e.responses.length > 0);
/** Quarters played before a quarter whose event asks for an answer (mid-game, so the world has grown). */
const eventTurn =
  planned.records.findIndex((r, i) => i >= 3 && !r.state.ending && asksAnswer(r.state.pendingEvent)) + 1;
/** The quarter in which the brand reaches a new phase. */
const phaseTurn = planned.records.find((r) => r.phaseAfter > r.phaseBefore)?.turn ?? 0;
/** A game that fails, for the failure ending. */
const failed = ['campaign-then-drop', 'vanity-metrics', 'campaign-broadcast', 'be-on-social']
  .flatMap((name) => Array.from({ length: 30 }, (_, i) => planGame(name, `fail-${i}`)))
  .find((g) => g.final.ending === 'cancelled' || g.final.ending === 'community-lost');

async function checkLayout(page: Page, what: string) {
  const layout = await page.evaluate(() => {
    const world = document.querySelector('#world canvas')?.getBoundingClientRect();
    return {
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      // Above the phone layout, the page itself never scrolls: the panel and the HUD do.
      overflowY: window.innerWidth > 760 ? document.documentElement.scrollHeight - window.innerHeight : 0,
      world: world ? { w: world.width, h: world.height } : null,
    };
  });
  expect(layout.overflow, `${what}: the page is wider than the window`).toBeLessThanOrEqual(0);
  expect(layout.overflowY, `${what}: the page is taller than the window`).toBeLessThanOrEqual(0);
  expect(layout.world?.w ?? 0, `${what}: the world is not drawn`).toBeGreaterThan(200);
  expect(layout.world?.h ?? 0, `${what}: the world is not drawn`).toBeGreaterThan(150);
}

async function shoot(page: Page, size: string, name: string) {
  // Let the entrance animations settle so the picture shows the state, not a frame of a tween.
  await page.waitForTimeout(1800);
  await checkLayout(page, `${name} at ${size}`);
  // On a phone the page scrolls: also keep what the first screenful shows. First, because a full-page
  // shot resizes the window for a moment, and the world is redrawn for the new size.
  if (size === 'phone') await page.screenshot({ path: join(RESULTS_DIR, `screen-${size}-${name}-top.png`) });
  await screenshot(page, `screen-${size}-${name}`);
}

describe('screenshots', () => {
  it('found the game situations to show', () => {
    expect(phaseTurn).toBeGreaterThan(0);
    expect(eventTurn).toBeGreaterThan(0);
    expect(failed, 'no reference plan fails on 30 seeds').toBeDefined();
  });

  for (const [size, viewport] of Object.entries(SIZES)) {
    it(`every screen at ${size} (${viewport.width}x${viewport.height})`, async () => {
      const p = await h.openPage('index.html', { viewport });
      const { page } = p;
      await waitScreen(page, 'title');
      // The title's world starts by itself when the screen is left alone (src/game/launch.ts).
      await worldReady(page);
      await shoot(page, size, '1-title');

      await page.locator('#new-game').click();
      await waitScreen(page, 'briefing');
      await shoot(page, size, '2-briefing');

      // A quarter that opens with an event to answer, mid-game.
      await loadWithSave(page, saveText(planned.game, eventTurn));
      await waitScreen(page, 'play', eventTurn + 1);
      await shoot(page, size, '3-play');

      // The quarter in which the brand reaches a new phase: the report and its moment.
      await loadWithSave(page, saveText(planned.game, phaseTurn - 1));
      await waitScreen(page, 'play', phaseTurn);
      await playTurnByMouse(page, planned.game.turns[phaseTurn - 1]!);
      await waitScreen(page, 'report', phaseTurn);
      await page.locator('[data-testid="moment-phase"]').waitFor({ state: 'visible' });
      await shoot(page, size, '4-report-phase');

      await loadWithSave(page, saveText(planned.game));
      await waitScreen(page, 'end');
      await shoot(page, size, '5-end');

      if (failed) {
        await loadWithSave(page, saveText(failed.game));
        await waitScreen(page, 'end');
        await shoot(page, size, `6-end-${failed.final.ending}`);
      }

      await loadWithSave(page, '{"broken": true');
      await page.locator('[data-testid="notice"]').waitFor({ state: 'visible' });
      await worldReady(page);
      await shoot(page, size, '7-notice');
      expect(p.problems()).toEqual([]);
      await p.close();
    }, 300_000);
  }

  it('the play screen in French', async () => {
    const p = await h.openPage('index.html', { viewport: SIZES.projector, locale: 'fr-FR' });
    const { page } = p;
    await waitScreen(page, 'title');
    await loadWithSave(page, saveText(planned.game, 5));
    await waitScreen(page, 'play', 6);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await shoot(page, 'projector', '8-play-fr');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);
});
