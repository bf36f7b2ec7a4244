// Reloading the page resumes the exact game; a damaged or foreign save is reported and a new game can
// start; a result code in the address opens that game's end screen.
import { describe, expect, it } from 'vitest';
import { encodeResultCode, parseSave, resultCodeFragment, stateHash } from '../../src/sim';
import {
  hashAfter,
  loadWithSave,
  planGame,
  playTurnByMouse,
  SAVE_KEY,
  saveText,
  scenario,
  shownHash,
  storedTexts,
  waitScreen,
} from './game-driver';
import { useHarness } from './use-harness';

const h = useHarness();

describe('saves', () => {
  it('resumes the exact state after a reload in the middle of a game', async () => {
    const p = await h.openPage('index.html');
    const { page } = p;
    await waitScreen(page, 'title');
    const planned = planGame('bottom-up-untrained', 'resume-e2e');
    // Start from a save of four quarters, then play two more by mouse.
    await loadWithSave(page, saveText(planned.game, 4));
    await waitScreen(page, 'play', 5);
    expect(await shownHash(page)).toBe(hashAfter(planned.game, 4));
    for (const turn of [5, 6]) {
      await playTurnByMouse(page, planned.game.turns[turn - 1]!);
      await waitScreen(page, 'report', turn);
      await page.locator('#next-quarter').click();
    }
    await waitScreen(page, 'play', 7);
    const before = await shownHash(page);
    await expect
      .poll(async () => parseSave((await storedTexts(page))[0]!, [scenario]).game.turns.length)
      .toBe(6);
    const game = parseSave((await storedTexts(page))[0]!, [scenario]);
    expect(game.game.turns).toEqual(planned.game.turns.slice(0, 6));
    // Moved from localStorage into the list, once: nothing is left in the old place.
    expect(await storedTexts(page)).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY)).toBeNull();
    expect(stateHash(game.replay.final)).toBe(before);

    await page.reload({ waitUntil: 'load' });
    await waitScreen(page, 'play', 7);
    expect(await shownHash(page)).toBe(before);
    expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 300_000);

  for (const [what, text, key] of [
    ['damaged', '{"format": "social-journey-save", "version": 1, "game": {"seed"', 'notice.save.not-json'],
    ['foreign', '{"hello": "world"}', 'notice.save.not-a-save'],
    ['newer', '{"format": "social-journey-save", "version": 99, "game": {}}', 'notice.save.newer-version'],
  ] as const) {
    it(`reports a ${what} save and lets the players start a new game`, async () => {
      const p = await h.openPage('index.html', { viewport: { width: 390, height: 844 } });
      const { page } = p;
      await waitScreen(page, 'title');
      await loadWithSave(page, text);
      await waitScreen(page, 'title');
      const notice = page.locator(`[data-testid="notice"][data-notice="${key}"]`);
      await notice.waitFor({ state: 'visible' });
      expect((await notice.textContent())?.length).toBeGreaterThan(20);
      // Listed with its reason, with no way to resume it.
      const listed = page.locator('[data-testid="game-item"][data-ok="false"]');
      await listed.waitFor();
      expect(await listed.locator('[data-action="resume"]').count()).toBe(0);
      await page.locator('#new-game').click();
      await waitScreen(page, 'briefing');
      await page.locator('label[data-testid="objective-retention"]').click();
      await page.locator('#start-game').click();
      await waitScreen(page, 'play', 1);
      // The new game joins the list; the damaged one is kept beside it until it is deleted.
      await expect.poll(async () => (await storedTexts(page)).length).toBe(2);
      expect(parseSave((await storedTexts(page))[0]!, [scenario]).game.turns).toEqual([]);
      expect(await storedTexts(page)).toContain(text);
      expect(p.problems()).toEqual([]);
      await p.close();
    }, 120_000);
  }

  it('reports a save whose decisions were tampered with', async () => {
    const p = await h.openPage('index.html');
    const { page } = p;
    await waitScreen(page, 'title');
    const planned = planGame('continuity-dialogue', 'tampered');
    const save = JSON.parse(saveText(planned.game, 3));
    save.game.turns[1].moves = ['integrate-functions'];
    await loadWithSave(page, JSON.stringify(save));
    await page
      .locator('[data-testid="notice"][data-notice="notice.save.invalid-game"]')
      .waitFor({ state: 'visible' });
    await waitScreen(page, 'title');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);

  it('opens a result code given in the address on the end screen', async () => {
    const planned = planGame('campaign-broadcast', 'from-a-link');
    const code = encodeResultCode(scenario, planned.game);
    const p = await h.openPage(`index.html${resultCodeFragment(code)}`);
    const { page } = p;
    await waitScreen(page, 'end');
    expect(await shownHash(page)).toBe(stateHash(planned.final));
    expect(await page.locator('#result-code').getAttribute('data-code')).toBe(code);
    // Nothing was saved over: opening a code is read-only.
    expect(await storedTexts(page)).toEqual([]);
    // Copy the code: the clipboard holds it whole, as the facilitator pastes it.
    await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    await page.locator('#copy-code').click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('selects the result code for the players where the browser refuses to copy it', async () => {
    const planned = planGame('campaign-broadcast', 'no-clipboard');
    const code = encodeResultCode(scenario, planned.game);
    const p = await h.openPage(`index.html${resultCodeFragment(code)}`, {
      beforeNavigate: async (page) => {
        await page.addInitScript(() => {
          Object.defineProperty(navigator, 'clipboard', {
            value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
          });
        });
      },
    });
    const { page } = p;
    await waitScreen(page, 'end');
    await page.locator('#copy-code').click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('the code is selected');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.replace(/\s+/g, '')).toBe(code);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);

  it('says what is wrong with a mistyped result code', async () => {
    const p = await h.openPage('index.html');
    const { page } = p;
    await waitScreen(page, 'title');
    await page.locator('#open-code summary').click();
    await page.locator('#code-input').fill('SJ3-AAAAAAAAAAAAAA');
    await page.locator('#open-code-btn').click();
    await page.locator('[data-testid="notice"][data-notice^="notice.code."]').waitFor({ state: 'visible' });
    await waitScreen(page, 'title');
    expect(await page.locator('#code-input').inputValue()).toBe('SJ3-AAAAAAAAAAAAAA');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);
});
