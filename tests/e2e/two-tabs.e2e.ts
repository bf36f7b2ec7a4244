// Issue 12 defect 6: two tabs of one browser never overwrite each other. Two pages of one browser context
// share the site's storage, as two tabs do; each page is driven as a person would.
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/sim';
import { scenario, startNewGame, storedTexts, waitScreen } from './game-driver';
import { waitForSelector } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

describe('two tabs', () => {
  it('two tabs keep a game each; a tab told that another saved its game does not save over it', async () => {
    const p = await h.openPage('index.html');
    const a = p.page;
    const b = await p.context.newPage();
    await b.goto(h.url('index.html'));
    await waitScreen(a, 'title');
    await waitScreen(b, 'title');
    await startNewGame(a, 'tab-a');
    // Tab B's list shows tab A's game as soon as it is saved.
    const itemOfA = b.locator('[data-testid="game-item"]', { hasText: 'tab-a' });
    await itemOfA.waitFor();
    await startNewGame(b, 'tab-b');
    const seeds = async () => (await storedTexts(a)).map((t) => parseSave(t, [scenario]).game.seed).sort();
    await expect.poll(seeds).toEqual(['tab-a', 'tab-b']);
    expect(await a.locator('[data-notice="notice.otherTab"]').count()).toBe(0);

    // Tab B goes back to the list and plays on with tab A's game.
    await b.locator('#menu-btn').click();
    await waitScreen(b, 'title');
    await itemOfA.locator('[data-action="resume"]').click();
    await waitScreen(b, 'play', 1);
    await b.locator('label[data-testid="approach-campaign"]').click();
    await b.locator('label[data-testid="voice-broadcast"]').click();
    await b.locator('#confirm-turn').click();
    await waitScreen(b, 'report', 1);
    // Tab A hears of it at once and says so.
    await a.locator('#notices').getByText('changed in another tab').waitFor();
    const gameOfA = async () =>
      (await storedTexts(a)).map((t) => parseSave(t, [scenario])).find((s) => s.game.seed === 'tab-a')!;
    await expect.poll(async () => (await gameOfA()).game.turns.length).toBe(1);
    // Tab A plays a quarter: tab B's quarter stays stored.
    await a.locator('label[data-testid="approach-continuity"]').click();
    await a.locator('label[data-testid="voice-dialogue"]').click();
    await a.locator('#confirm-turn').click();
    await waitScreen(a, 'report');
    expect((await gameOfA()).game.turns.map((t) => t.approach)).toEqual(['campaign']);
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('a facilitator tab is told when another tab changes the session, and stops writing', async () => {
    const p = await h.openPage('facilitator.html');
    const a = p.page;
    const b = await p.context.newPage();
    await b.goto(h.url('facilitator.html'));
    await waitForSelector(p, '[data-testid="prepare"]', 'the prepare step');
    await b.locator('[data-testid="prepare"]').waitFor();
    await a.fill('#session-seed', 'seed-from-a');
    await b.locator('[data-testid="other-tab"]').waitFor();
    await b.fill('#session-seed', 'seed-from-b');
    const session = async () => JSON.parse((await storedTexts(a, 'sessions'))[0]!);
    await expect.poll(async () => (await session()).session.seed).toBe('seed-from-a');
    await b.locator('#reload-other-tab').click();
    await b.locator('[data-testid="prepare"]').waitFor();
    expect(await b.locator('#session-seed').inputValue()).toBe('seed-from-a');
    expect(await b.locator('[data-testid="other-tab"]').count()).toBe(0);
    expect((await session()).session.seed).toBe('seed-from-a');
    expect(await storedTexts(a, 'sessions')).toHaveLength(1);
    expect(p.problems()).toEqual([]);
    await p.close();
  });
});
