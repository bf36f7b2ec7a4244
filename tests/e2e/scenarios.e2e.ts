// Every bundled scenario, as a team meets it: chosen on the title screen (which offers them all with
// their pitch, length and level), its briefing, a whole game played with the keyboard alone (driven by the
// scenario's first reference plan, checked against Node quarter by quarter), and its end screen.
// Screenshots: test-results/scenarios-title-*.png, scenarios-<id>-briefing.png, scenarios-<id>-end.png.
import { describe, expect, it } from 'vitest';
import { referencePlans } from '../../src/analysis/reference-plans';
import { planObjective, stateHash } from '../../src/sim';
import { BUNDLED_SCENARIOS } from '../../src/store/bundled-scenarios';
import { loadScenario } from '../../tools/load';
import {
  PlanInPlay,
  playTurnByKeyboard,
  SIZES,
  screenSel,
  shownHash,
  tabTo,
  waitScreen,
} from './game-driver';
import { screenshot } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

describe('the scenario library in the game', () => {
  it('offers every bundled scenario on the title screen with its pitch, length and level', async () => {
    for (const [size, viewport] of [
      ['projector', SIZES.projector],
      ['phone', SIZES.phone],
    ] as const) {
      const p = await h.openPage('index.html', { viewport });
      await waitScreen(p.page, 'title');
      const options = p.page.locator('#scenario-pick input[type="radio"]');
      expect(await options.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(
        BUNDLED_SCENARIOS.map((s) => s.id),
      );
      for (const s of BUNDLED_SCENARIOS) {
        const card = p.page.locator(`label:has(#scenario-pick-${s.id})`);
        const text = (await card.textContent()) ?? '';
        expect(text).toContain(s.pitch!.en);
        expect(text).toContain(`${s.turns} quarters`);
        expect(text).toContain(`${s.minutes} min`);
      }
      await screenshot(p.page, `scenarios-title-${size}`);
      expect(p.problems()).toEqual([]);
      await p.close();
    }
  }, 120_000);

  for (const bundled of BUNDLED_SCENARIOS) {
    it(`plays ${bundled.id} with the keyboard, from its briefing to its end screen`, async () => {
      const sc = loadScenario(bundled.id);
      const ref = referencePlans(sc)[0]!;
      const seed = `library-${sc.id}`;
      const objective = planObjective(ref.plan, sc);
      const p = await h.openPage('index.html', { viewport: SIZES.projector });
      const { page } = p;
      await waitScreen(page, 'title');

      // Choose the scenario: Tab into the group, then arrows to its radio.
      await tabTo(page, '#scenario-pick input[type="radio"]:checked');
      for (
        let i = 0;
        i < BUNDLED_SCENARIOS.length && !(await page.locator(`#scenario-pick-${sc.id}`).isChecked());
        i++
      )
        await page.keyboard.press('ArrowDown');
      expect(await page.locator(`#scenario-pick-${sc.id}`).isChecked()).toBe(true);
      await tabTo(page, '#seed-input');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(seed);
      await tabTo(page, '#new-game');
      await page.keyboard.press('Enter');

      await waitScreen(page, 'briefing');
      expect(await page.locator(screenSel('briefing')).textContent()).toContain(sc.brand.name);
      await screenshot(page, `scenarios-${sc.id}-briefing`);
      // Tab reaches the objective group on its first radio; the arrows move to the plan's objective.
      await tabTo(page, 'input[name="objective"]');
      await page.keyboard.press('Space');
      for (
        let i = 0;
        i < sc.objectives.length && !(await page.locator(`#objective-${objective}`).isChecked());
        i++
      )
        await page.keyboard.press('ArrowDown');
      expect(await page.locator(`#objective-${objective}`).isChecked()).toBe(true);
      await tabTo(page, '#start-game');
      await page.keyboard.press('Enter');

      const live = new PlanInPlay(ref.plan, seed, objective, sc);
      let turn = 0;
      while (!live.state.ending) {
        turn++;
        await waitScreen(page, 'play', turn);
        const d = live.next();
        await playTurnByKeyboard(page, d, sc);
        await waitScreen(page, 'report', turn);
        live.play(d);
        expect(await shownHash(page), `${sc.id}: state after quarter ${turn}`).toBe(stateHash(live.state));
        await page.keyboard.press('n');
      }
      await waitScreen(page, 'end');
      await screenshot(page, `scenarios-${sc.id}-end`);
      expect(p.problems()).toEqual([]);
      await p.close();
    }, 300_000);
  }
});
