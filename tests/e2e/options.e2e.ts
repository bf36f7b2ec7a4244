// The decision panel offers exactly what the sim allows: on a game put in the page by a save, every click
// is mirrored in Node with the store's own draft helpers, and after each one the panel's enabled controls
// are compared with turnOptions (src/sim/options.ts) on the same state and draft. The turn confirmed at the
// end is the one the sim plays in Node.
import { describe, expect, it } from 'vitest';
import {
  contextOf,
  playPlan,
  playTurn,
  stateHash,
  type TurnDecision,
  type TurnOptions,
  turnOptions,
} from '../../src/sim';
import { cleanDecision, firstDraft, toggleChoice } from '../../src/store/draft';
import { loadWithSave, saveText, scenario, shownHash, storedTexts, waitScreen } from './game-driver';
import { screenshot } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

/** The ids of the controls an option list should leave enabled: the allowed ones and the chosen ones. */
function expectedEnabled(menu: TurnOptions): string[] {
  const on = (prefix: string, list: TurnOptions['moves'] | null) =>
    (list ?? []).filter((o) => o.allowed || o.selected).map((o) => `${prefix}-${o.id}`);
  return [
    ...on('response', menu.responses),
    ...on('approach', menu.approach),
    ...on('voice', menu.voice),
    ...on('governance', menu.governance),
    ...on('measure', menu.measure),
    ...on('move', menu.moves),
  ].sort();
}

describe('the decision panel and the sim', () => {
  it('enable the same options and play the same turn, click after click', async () => {
    // Two quarters of campaigns, governance changed there and back, then a viral complaint: about 27 k€
    // to spend in the third.
    const plan = {
      name: 'steady',
      every_turn: { approach: 'campaign', voice: 'dialogue', measure: ['retention', 'engagement'] },
      turns: { '1': { governance: 'bottom-up' }, '2': { governance: 'top-down' } },
    };
    const setup = { turns: 6, fixedEvents: { '3': 'viral-complaint' } };
    const played = playPlan(scenario, 'options-e2e', plan, setup);
    const game = { ...played.game, objective: 'retention', turns: played.game.turns.slice(0, 2) };
    const ctx = contextOf(scenario, game);
    const state = played.records[1]!.state;
    expect(state.pendingEvent).toBe('viral-complaint');

    const p = await h.openPage('index.html', { viewport: { width: 1280, height: 900 } });
    const { page } = p;
    await waitScreen(page, 'title');
    await loadWithSave(page, saveText(game));
    await waitScreen(page, 'play', 3);

    // Last quarter's choices come folded into one line: unfolded, every option is there to compare.
    await page.locator('#change-carried').click();
    await page.locator('#carried').waitFor({ state: 'detached' });
    let draft: TurnDecision = firstDraft(ctx, state, game.turns.at(-1));
    const compare = async (step: string) => {
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('[data-testid="screen-play"] input')].map((i) => ({
          id: i.id,
          enabled: !i.disabled,
          checked: i.checked,
        })),
      );
      const menu = turnOptions(ctx, state, draft);
      const enabled = shown.filter((x) => x.enabled).map((x) => x.id);
      expect({ step, enabled: enabled.sort() }).toEqual({ step, enabled: expectedEnabled(menu) });
      const checked = (prefix: string) =>
        shown
          .filter((x) => x.checked && x.id.startsWith(`${prefix}-`))
          .map((x) => x.id.slice(prefix.length + 1));
      expect({ step, moves: checked('move').sort(), measure: checked('measure').sort() }).toEqual({
        step,
        moves: [...draft.moves, ...state.moves].sort(),
        measure: [...draft.measure].sort(),
      });
      return menu;
    };
    const click = (id: string) => page.locator(`label[data-testid="${id}"]`).click();

    await compare('first draft');
    // A change of governance takes 10 k€: the answers are judged on what is left.
    await click('governance-bottom-up');
    draft = { ...draft, governance: 'bottom-up' };
    await compare('governance changed');
    // Training (15 k€) leaves under 3 k€: the public answer (3 k€) and the lawyers (5 k€) are refused,
    // silence is free (the drift issue 8 found: the panel used to refuse it).
    await click('move-train-employees');
    draft = toggleChoice(ctx, state, draft, 'moves', 'train-employees');
    let menu = await compare('training chosen');
    expect(menu.responses!.filter((o) => o.allowed).map((o) => o.id)).toEqual(['silence']);
    expect(menu.moves.find((o) => o.id === 'evangelist-team')!.blocks[0]?.reason).toBe('budget');
    // For a person to look at: the refused answers and moves, each with the reason under it.
    await screenshot(page, 'options-refused');
    // Without the change of governance, about 12 k€ are left: the public answer fits, and with it chosen
    // the change of governance no longer does.
    await click('governance-top-down');
    draft = { ...draft, governance: 'top-down' };
    await compare('governance kept');
    await click('response-dialogue');
    draft = { ...draft, response: 'dialogue' };
    menu = await compare('public answer chosen');
    expect(menu.governance.find((o) => o.id === 'bottom-up')!.blocks[0]?.reason).toBe('budget');
    // A third KPI fills the dashboard: the others are refused.
    await click('measure-satisfaction');
    draft = toggleChoice(ctx, state, draft, 'measure', 'satisfaction');
    await compare('three KPIs');
    // The evangelist team (12 k€) would leave too little for the answer already chosen.
    menu = await compare('evangelists refused');
    expect(menu.moves.find((o) => o.id === 'evangelist-team')!.allowed).toBe(false);

    await page.locator('#confirm-turn').click();
    await waitScreen(page, 'report', 3);
    const record = playTurn(ctx, state, cleanDecision(draft));
    expect(await shownHash(page)).toBe(stateHash(record.state));
    await expect
      .poll(async () => JSON.parse((await storedTexts(page))[0]!).game.turns.at(-1))
      .toEqual(cleanDecision(draft));
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 240_000);
});
