// A whole game by mouse, from the title screen to the end screen, in real headless Chromium.

import { describe, expect, it } from 'vitest';
import { decodeResultCode, stateHash } from '../../src/sim';
import {
  loadWithSave,
  PlanInPlay,
  planGame,
  playTurnByMouse,
  saveText,
  scenario,
  shownHash,
  waitScreen,
  worldReady,
} from './game-driver';
import { useHarness } from './use-harness';

const h = useHarness();

describe('a game played with the mouse', () => {
  it('goes from the title to the end screen, and every state matches the sim in Node', async () => {
    const p = await h.openPage('index.html', { viewport: { width: 1280, height: 720 } });
    const { page } = p;
    await waitScreen(page, 'title');
    await page.locator('#seed-input').fill('mouse-game');
    await page.locator('#new-game').click();
    await waitScreen(page, 'briefing');
    // The briefing needs the world: it starts now, in WebGL.
    await worldReady(page);
    expect(await page.locator('#world').getAttribute('data-renderer')).toBe('webgl');
    await page.locator('label[data-testid="objective-brand-preference"]').click();
    await page.locator('#start-game').click();

    // The same decisions, played in Node: the page must show the same state after each quarter.
    const live = new PlanInPlay('continuity-dialogue', 'mouse-game', 'brand-preference');
    let turn = 0;
    while (!live.state.ending) {
      turn++;
      await waitScreen(page, 'play', turn);
      expect(await shownHash(page)).toBe(stateHash(live.state));
      const d = live.next();
      await playTurnByMouse(page, d);
      await waitScreen(page, 'report', turn);
      live.play(d);
      expect(await shownHash(page)).toBe(stateHash(live.state));
      // The "why" names causes in words, and screen readers hear the quarter's result.
      expect(await page.locator('[data-testid="why"] li').count()).toBe(2);
      await expect.poll(() => page.locator('#live').textContent()).toContain(`Quarter ${turn}`);
      await page.locator('#next-quarter').click();
    }
    await waitScreen(page, 'end');
    expect(turn).toBeGreaterThanOrEqual(1);
    const code = await page.locator('#result-code').getAttribute('data-code');
    const decoded = decodeResultCode(code!, [scenario]);
    expect(decoded.game.turns).toEqual(live.game.turns);
    expect(await page.locator('#turn-summary tbody tr').count()).toBe(turn);

    // The debrief button opens the quarter-by-quarter view; closing it returns to the end screen.
    await page.locator('#open-debrief').click();
    await page.locator('[data-testid="debrief"]').waitFor({ state: 'visible' });
    await page.locator('#close-debrief').click();
    await page.locator('#new-game-end').click();
    await waitScreen(page, 'title');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 900_000);

  it('honours prefers-reduced-motion', async () => {
    const p = await h.openPage('index.html', { viewport: { width: 1280, height: 720 } });
    const { page } = p;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const planned = planGame('continuity-dialogue', 'still');
    const phaseTurn = planned.records.find((r) => r.phaseAfter > r.phaseBefore)!.turn;
    await loadWithSave(page, saveText(planned.game, phaseTurn - 1));
    await waitScreen(page, 'play', phaseTurn);
    // Last quarter's choices come folded: unfolded, the options (which have transitions) are there.
    if (await page.locator('#change-carried').count()) await page.locator('#change-carried').click();
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.choice')!).transitionDuration),
    ).toBe('0s');
    await playTurnByMouse(page, planned.game.turns[phaseTurn - 1]!);
    await waitScreen(page, 'report', phaseTurn);
    const moment = page.locator('[data-testid="moment-phase"]');
    await moment.waitFor({ state: 'visible' });
    expect(await moment.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    expect(await page.locator('#world').getAttribute('class')).toContain('is-instant');
    expect(await shownHash(page)).toBe(stateHash(planned.records[phaseTurn - 1]!.state));
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);
});
