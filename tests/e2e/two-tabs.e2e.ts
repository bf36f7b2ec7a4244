// Issue 12 defect 6: two tabs of one browser never overwrite each other. Two pages of one browser context
// share the site's storage, as two tabs do; each page is driven as a person would.
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/sim';
import { FACILITATOR_KEY } from '../../src/store/facilitator-persist';
import { SAVE_KEY, scenario, startNewGame, waitScreen } from './game-driver';
import { waitForSelector } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

describe('two tabs', () => {
  it('a game tab is told when another tab saves a game, and does not save over it', async () => {
    const p = await h.openPage('index.html');
    const a = p.page;
    const b = await p.context.newPage();
    await b.goto(h.url('index.html'));
    await waitScreen(a, 'title');
    await waitScreen(b, 'title');
    await startNewGame(a, 'tab-a');
    await startNewGame(b, 'tab-b');
    // Tab A hears of it at once (a storage event) and says so.
    await a.locator('#notices').getByText('changed in another tab').waitFor();
    const stored = () => a.evaluate((k) => localStorage.getItem(k), SAVE_KEY);
    expect(parseSave((await stored())!, [scenario]).game.seed).toBe('tab-b');
    // Tab A plays a quarter: tab B's game stays stored.
    await a.locator('label[data-testid="approach-continuity"]').click();
    await a.locator('label[data-testid="voice-dialogue"]').click();
    await a.locator('#confirm-turn').click();
    await waitScreen(a, 'report');
    expect(parseSave((await stored())!, [scenario]).game.seed).toBe('tab-b');
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
    const stored = await a.evaluate((k) => JSON.parse(localStorage.getItem(k)!), FACILITATOR_KEY);
    expect(stored.session.seed).toBe('seed-from-a');
    await b.locator('#reload-other-tab').click();
    await b.locator('[data-testid="prepare"]').waitFor();
    expect(await b.locator('#session-seed').inputValue()).toBe('seed-from-a');
    expect(await b.locator('[data-testid="other-tab"]').count()).toBe(0);
    expect(p.problems()).toEqual([]);
    await p.close();
  });
});
