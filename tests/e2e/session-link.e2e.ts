// A facilitator's session link opens the game set up for every team: seed, length and fixed events.
import { describe, expect, it } from 'vitest';
import { sessionFragment } from '../../src/analysis/session';
import { parseSave } from '../../src/sim';
import { scenario, storedTexts, waitScreen } from './game-driver';
import { useHarness } from './use-harness';

const h = useHarness();

describe('session link', () => {
  it('starts every new game with the session seed, length and fixed events', async () => {
    const fragment = sessionFragment({
      scenario: 'default',
      seed: 'room-42',
      turns: 8,
      fixedEvents: { '1': 'viral-complaint' },
    });
    const opened = await h.openPage(`index.html#${fragment}`);
    const { page } = opened;
    await waitScreen(page, 'title');
    await expect.poll(() => page.locator('[data-testid="session-note"]').textContent()).toContain('room-42');
    expect(await page.locator('#seed-input').inputValue()).toBe('room-42');
    expect(await page.locator('#draw-seed').count()).toBe(0);
    await page.locator('#new-game').click();
    await waitScreen(page, 'briefing');
    await page.locator('[data-testid="objective-retention"]').click();
    await page.locator('#start-game').click();
    await waitScreen(page, 'play', 1);
    await expect.poll(async () => (await storedTexts(page)).length).toBe(1);
    const { game, replay } = parseSave((await storedTexts(page))[0]!, [scenario]);
    expect(game.seed).toBe('room-42');
    expect(game.setup).toEqual({ turns: 8, fixedEvents: { '1': 'viral-complaint' } });
    expect(replay.final.pendingEvent).toBe('viral-complaint');
    expect(opened.problems()).toEqual([]);
  });

  it('reports a broken link and still lets the team start a game', async () => {
    const { page } = await h.openPage('index.html#setup=1&scenario=default&seed=x&events=3:alien-landing');
    await waitScreen(page, 'title');
    await page.locator('[data-notice="notice.sessionInvalid"]').waitFor({ state: 'visible' });
    await page.locator('#new-game').click();
    await waitScreen(page, 'briefing');
  });
});
