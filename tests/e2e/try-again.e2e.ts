// "Try again from quarter N" in the built game: a team loses its community in quarter 5 (played by keyboard
// and by mouse), takes the practice branch from quarter 4 on the end screen, plays it to its end, and finds
// both games in the title screen's list, each with its own code; the first game's is its result. At the
// projector, full HD and phone sizes, with screenshots to look at.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  branchGame,
  contextOf,
  decodeResultCode,
  encodeResultCode,
  type GameRecord,
  parsePlan,
  parseSave,
  planDecision,
  playTurn,
  replay,
  stateHash,
  type TurnDecision,
} from '../../src/sim';
import {
  hashAfter,
  loadWithSave,
  planGame,
  playTurnByKeyboard,
  playTurnByMouse,
  SIZES,
  saveText,
  scenario,
  shownHash,
  storedTexts,
  tabTo,
  waitScreen,
} from './game-driver';
import { screenshot, waitForSelector } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

/** campaign-then-drop on workshop-7: the community walks away in quarter 5. */
const failed = planGame('campaign-then-drop', 'workshop-7');
const firstCode = encodeResultCode(scenario, failed.game);

/** The branch from quarter 4, played on with continuity and dialogue to its end (decided in Node). */
function branchPlayedOn(): { game: GameRecord; decisions: TurnDecision[] } {
  const plan = parsePlan(
    JSON.parse(readFileSync('scenarios/plans/continuity-dialogue.json', 'utf8')),
    scenario,
  );
  const game = branchGame(failed.game, 4);
  const ctx = contextOf(scenario, game);
  let state = replay(scenario, game).final;
  const queue: string[] = [];
  const decisions: TurnDecision[] = [];
  while (!state.ending) {
    const d = planDecision(ctx, plan, state, queue);
    decisions.push(d);
    state = playTurn(ctx, state, d).state;
  }
  return { game: { ...game, turns: [...game.turns, ...decisions] }, decisions };
}
const branch = branchPlayedOn();

const codeOf = (page: Page, id: string) => page.locator(`#${id}`).getAttribute('data-code');

/** Serious and critical axe violations on the page as it is now. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('trying again from the quarter before a failure', () => {
  for (const [size, viewport] of [
    ['projector', SIZES.projector],
    ['fullhd', SIZES.fullhd],
    ['phone', SIZES.phone],
  ] as const) {
    it(`branches a failed game and keeps both, each with its code, at ${viewport.width}x${viewport.height}`, async () => {
      expect(failed.final).toMatchObject({ ending: 'community-lost', turn: 5 });
      const p = await h.openPage('index.html', { viewport });
      const { page } = p;
      await waitScreen(page, 'title');
      await loadWithSave(page, saveText(failed.game, 3));
      await waitScreen(page, 'play', 4);

      // The last two quarters of the first game: one by keyboard, one by mouse.
      await playTurnByKeyboard(page, failed.game.turns[3]!);
      await waitScreen(page, 'report', 4);
      await page.keyboard.press('n');
      await waitScreen(page, 'play', 5);
      await playTurnByMouse(page, failed.game.turns[4]!);
      await waitScreen(page, 'report', 5);
      await page.locator('#next-quarter').click();
      await waitScreen(page, 'end');
      expect(await page.locator('[data-testid="screen-end"]').getAttribute('data-ending')).toBe(
        'community-lost',
      );
      expect(await codeOf(page, 'result-code')).toBe(firstCode);
      const offer = page.locator('[data-testid="try-again"]');
      await offer.waitFor();
      expect(await offer.locator('h2').textContent()).toBe('Try again from quarter 4');
      // Why that quarter, and that nothing of this game is lost.
      expect(await offer.textContent()).toMatch(/Quarter 5 ended the game.*quarter 4, the one before it/);
      expect(await offer.textContent()).toMatch(/stays in your list as it is, with its result and its code/);
      await offer.scrollIntoViewIfNeeded();
      await screenshot(page, `try-again-${size}-1-failed-end`);
      if (size === 'projector') expect(await axeProblems(page)).toEqual([]);
      if (size === 'phone') {
        // In French too, as a French team reads it.
        await page.locator('#lang-fr').click();
        await expect
          .poll(() => page.locator('#try-again').textContent())
          .toBe('Réessayer à partir du trimestre 4');
        expect(await offer.textContent()).toMatch(/Le trimestre 5 a mis fin à la partie/);
        await offer.scrollIntoViewIfNeeded();
        await screenshot(page, `try-again-${size}-1-failed-end-fr`);
        await page.locator('#lang-en').click();
        await expect.poll(() => page.locator('#try-again').textContent()).toBe('Try again from quarter 4');
      }

      // Take the branch: by keyboard on the projector, by mouse (a tap) elsewhere.
      if (size === 'projector') {
        await tabTo(page, '#try-again', 120);
        await page.keyboard.press('Enter');
      } else await page.locator('#try-again').click();
      await waitScreen(page, 'play', 4);
      // The sim's replay of quarters 1 to 3: the very state the first game had before quarter 4.
      expect(await shownHash(page)).toBe(hashAfter(failed.game, 3));
      expect(await page.locator('[data-testid="screen-play"] > .eyebrow').textContent()).toContain(
        'practice branch from quarter 4',
      );
      await screenshot(page, `try-again-${size}-2-branch-play`);

      // Play the branch to its end, mouse and keyboard in turn.
      for (const [i, d] of branch.decisions.entries()) {
        const turn = 4 + i;
        await waitScreen(page, 'play', turn);
        if (i % 2 === 0) await playTurnByMouse(page, d);
        else await playTurnByKeyboard(page, d);
        await waitScreen(page, 'report', turn);
        await page.locator('#next-quarter').click();
      }
      await waitScreen(page, 'end');
      expect(await shownHash(page)).toBe(stateHash(replay(scenario, branch.game).final));
      const practice = page.locator('#result-code');
      expect(await practice.getAttribute('data-practice')).toBe('true');
      const branchCode = (await practice.getAttribute('data-code'))!;
      expect(branchCode).toBe(encodeResultCode(scenario, branch.game));
      expect(decodeResultCode(branchCode, [scenario]).game.branch?.from).toBe(4);
      // The end screen of the branch gives the first game's code as the team's result.
      expect(await codeOf(page, 'first-code')).toBe(firstCode);
      expect(await page.locator('[data-testid="branch-note"]').textContent()).toMatch(
        /tried again from quarter 4.*ended in quarter 5/,
      );
      await screenshot(page, `try-again-${size}-3-branch-end`);
      if (size === 'projector') {
        expect(await axeProblems(page)).toEqual([]);
        // The branch's debrief says which quarters are the first game's.
        await page.locator('#open-debrief').click();
        await waitForSelector(p, '[data-testid="debrief-branch"]', "the branch's debrief note");
        expect(await page.locator('[data-testid="debrief-branch"]').textContent()).toMatch(
          /quarters 1 to 3 replay your first game.*from quarter 4 on.*ended in quarter 5/,
        );
        await page.locator('#close-debrief').click();
        await page.locator('[data-testid="debrief"]').waitFor({ state: 'detached' });
      }

      // Both games in the list: the first one exactly as it was, the branch named as such.
      await page.locator('#new-game-end').click();
      await waitScreen(page, 'title');
      const items = page.locator('[data-testid="game-item"]');
      await expect.poll(() => items.count()).toBe(2);
      const branchItem = page.locator('[data-testid="game-item"][data-branch-from="4"]');
      const firstItem = page.locator('[data-testid="game-item"]:not([data-branch-from])');
      expect(await branchItem.textContent()).toMatch(/try again from quarter 4.*ended in quarter 5/);
      expect(await firstItem.textContent()).toContain('The community walked away');
      await page.locator('#games').scrollIntoViewIfNeeded();
      await screenshot(page, `try-again-${size}-4-title-list`);
      const stored = (await storedTexts(page)).map((t) => parseSave(t, [scenario]).game);
      expect(stored).toContainEqual(failed.game);
      expect(stored).toContainEqual(branch.game);

      // Each opens on its own end screen with its own code.
      await firstItem.locator('[data-action="resume"]').click();
      await waitScreen(page, 'end');
      expect(await codeOf(page, 'result-code')).toBe(firstCode);
      expect(await page.locator('#result-code').getAttribute('data-practice')).toBe('false');
      expect(await page.locator('#first-code').count()).toBe(0);
      await page.locator('#new-game-end').click();
      await waitScreen(page, 'title');
      await branchItem.locator('[data-action="resume"]').click();
      await waitScreen(page, 'end');
      expect(await codeOf(page, 'result-code')).toBe(branchCode);
      expect(await codeOf(page, 'first-code')).toBe(firstCode);
      expect(p.problems()).toEqual([]);
      await p.close();

      if (size !== 'projector') return;
      // The facilitator, handed both codes by the same team, collects one team: its first game.
      const f = await h.openPage('facilitator.html', { viewport });
      await f.page.click('#nav-collect');
      await waitForSelector(f, '#codes-input', 'the paste area');
      await f.page.fill('#codes-input', `Team Blue: ${firstCode}\nTeam Blue: ${branchCode}`);
      await f.page.click('#codes-add');
      await waitForSelector(f, '[data-testid="practice"] [data-code="practice"]', 'the practice note');
      expect(await f.page.locator('[data-testid="team-list"] .team-item').count()).toBe(1);
      // A note apart, not a refusal.
      expect(await f.page.locator('[data-testid="refused"]').count()).toBe(0);
      expect(await f.page.locator('#collect-status').textContent()).toBe(
        '1 added, 0 refused. 1 practice code noted.',
      );
      expect(await f.page.locator('[data-code="practice"]').textContent()).toMatch(
        /practice branch \(tried again from quarter 4\), not a result.*“Team Blue”/,
      );
      await screenshot(f.page, `try-again-${size}-5-facilitator`);
      expect(f.problems()).toEqual([]);
      await f.close();
    }, 300_000);
  }
});
