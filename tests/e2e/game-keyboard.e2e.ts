// A whole game by keyboard alone, from the title screen to the end screen: Tab, arrows, Space, Enter and
// the game's shortcut keys. No mouse event is sent.
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim';
import { focusVisible, PlanInPlay, playTurnByKeyboard, shownHash, tabTo, waitScreen } from './game-driver';
import { useHarness } from './use-harness';

const h = useHarness();

describe('a game played with the keyboard alone', () => {
  it('goes from the title to the end screen', async () => {
    const p = await h.openPage('index.html', { viewport: { width: 1280, height: 720 } });
    const { page } = p;
    await waitScreen(page, 'title');

    await tabTo(page, '#seed-input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('keyboard-game');
    await tabTo(page, '#new-game');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');

    await waitScreen(page, 'briefing');
    await tabTo(page, '#objective-retention');
    await page.keyboard.press('Space');
    expect(await page.locator('#objective-retention').isChecked()).toBe(true);
    expect(await focusVisible(page)).toBe(true);
    await tabTo(page, '#start-game');
    await page.keyboard.press('Enter');

    const live = new PlanInPlay('continuity-dialogue', 'keyboard-game', 'retention');
    let turn = 0;
    while (!live.state.ending) {
      turn++;
      await waitScreen(page, 'play', turn);
      const d = live.next();
      await playTurnByKeyboard(page, d);
      await waitScreen(page, 'report', turn);
      live.play(d);
      expect(await shownHash(page), `state after quarter ${turn}`).toBe(stateHash(live.state));
      await expect.poll(() => page.locator('#live').textContent()).toContain(`Quarter ${turn}`);
      await page.keyboard.press('n');
    }

    await waitScreen(page, 'end');
    await tabTo(page, '#open-debrief');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="debrief"]').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="debrief"]').waitFor({ state: 'detached' });
    await tabTo(page, '#new-game-end');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'title');
    // The finished game is in the title screen's list: its result opens again.
    await tabTo(page, '[data-testid="game-item"] [data-action="resume"]');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'end');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 900_000);

  it('opens the shortcut list with ? and the decision groups with their letters', async () => {
    const p = await h.openPage('index.html', { viewport: { width: 1024, height: 768 } });
    const { page } = p;
    await waitScreen(page, 'title');
    await tabTo(page, '#new-game');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'briefing');
    await tabTo(page, '#objective-retention');
    await page.keyboard.press('Space');
    await tabTo(page, '#start-game');
    await page.keyboard.press('Enter');
    await waitScreen(page, 'play', 1);
    await page.keyboard.press('?');
    await page.locator('#shortcuts-dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('#shortcuts-dialog').waitFor({ state: 'detached' });
    for (const [key, group] of [
      ['a', 'approach'],
      ['v', 'voice'],
      ['g', 'governance'],
      ['m', 'measure'],
      ['o', 'moves'],
    ]) {
      await page.keyboard.press(key!);
      expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe(
        `${group}-group`,
      );
    }
    // P with nothing chosen does not play: it takes the players to what is missing.
    await page.keyboard.press('p');
    expect(await page.locator(`[data-testid="screen-play"]`).getAttribute('data-turn')).toBe('1');
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe('approach-group');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 300_000);
});
