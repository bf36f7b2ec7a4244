// The choices a quarter carries over from the last one, folded by the decision panel: which fields count
// as carried (views.ts), and the store's fold, open for one quarter only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, type TurnDecision } from '../../src/sim';
import { createGameStore } from '../../src/store/game-store';
import { carriedFields } from '../../src/store/views';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const last: TurnDecision = {
  approach: 'continuity',
  voice: 'dialogue',
  governance: 'bottom-up',
  measure: ['retention', 'engagement'],
  moves: ['train-employees'],
};

describe('carried choices', () => {
  it('are the standing choices equal to last quarter, none in the first quarter', () => {
    const draft = { ...last, moves: [] };
    expect(carriedFields(draft, last, [])).toEqual(['approach', 'voice', 'governance', 'measure']);
    expect(carriedFields(draft, undefined, [])).toEqual([]);
    expect(carriedFields({ ...draft, voice: 'broadcast' }, last, [])).toEqual([
      'approach',
      'governance',
      'measure',
    ]);
    // A KPI the sim no longer allowed was dropped: the measures are no longer last quarter's.
    expect(carriedFields({ ...draft, measure: ['retention'] }, last, [])).not.toContain('measure');
    // A carried choice the sim now refuses stays open, with its problem.
    expect(carriedFields(draft, last, ['approach'])).toEqual(['voice', 'governance', 'measure']);
    expect(carriedFields({ ...draft, approach: '' }, { ...last, approach: '' }, [])).not.toContain(
      'approach',
    );
  });

  it('fold again at the start of every quarter once unfolded', () => {
    const store = createGameStore({ scenarios: [scenario], seed: 'fold' });
    store.getState().openCarried();
    expect(store.getState().carriedOpen).toBe(false);
    expect(store.getState().toBriefing()).toBe(true);
    store.getState().chooseObjective(scenario.objectives[0]!.id);
    expect(store.getState().startGame()).toBe(true);
    store.getState().openCarried();
    expect(store.getState().carriedOpen).toBe(true);
    store.getState().setDraft({ approach: 'continuity', voice: 'dialogue' });
    expect(store.getState().confirmTurn()).not.toBeNull();
    store.getState().nextQuarter();
    expect(store.getState().carriedOpen).toBe(false);
    expect(carriedFields(store.getState().draft!, store.getState().game!.turns.at(-1), [])).toContain(
      'approach',
    );
  });
});
