// Checks a turn's decision against the scenario and the state before it is played. Each problem names
// the field and what was expected, so the runner, the store and result-code decoding can say what is wrong.
import { budgetAfterGovernance } from './budget';
import { toFixed } from './fixed';
import { lookup } from './lookup';
import type { GameContext } from './step';
import type { SimState, TurnDecision } from './types';

export interface DecisionProblem {
  field: string;
  message: string;
}

export function validateDecision(ctx: GameContext, state: SimState, d: TurnDecision): DecisionProblem[] {
  const { scenario } = ctx;
  const L = lookup(scenario);
  const problems: DecisionProblem[] = [];
  const oneOf = (field: string, value: unknown, ids: ReadonlyMap<string, unknown>) => {
    if (typeof value !== 'string' || !ids.has(value))
      problems.push({
        field,
        message: `${JSON.stringify(value)} is not one of ${[...ids.keys()].join(', ')}`,
      });
  };
  if (state.ending) problems.push({ field: 'turn', message: `the game has ended (${state.ending})` });
  oneOf('approach', d.approach, L.approach);
  oneOf('voice', d.voice, L.voice);
  oneOf('governance', d.governance, L.governance);

  if (!Array.isArray(d.measure)) problems.push({ field: 'measure', message: 'expected a list of KPI ids' });
  else {
    if (d.measure.length > scenario.measure.max)
      problems.push({
        field: 'measure',
        message: `at most ${scenario.measure.max} KPIs, got ${d.measure.length}`,
      });
    if (d.measure.some((k, i) => d.measure.indexOf(k) !== i))
      problems.push({ field: 'measure', message: 'a KPI is listed twice' });
    d.measure.forEach((k, i) => oneOf(`measure[${i}]`, k, L.kpi));
  }

  let budget = budgetAfterGovernance(scenario, state, d.governance);
  if (!Array.isArray(d.moves)) problems.push({ field: 'moves', message: 'expected a list of move ids' });
  else {
    if (d.moves.length > scenario.maxMovesPerTurn)
      problems.push({ field: 'moves', message: `at most ${scenario.maxMovesPerTurn} moves a turn` });
    // Held: in place before the turn, or earlier in this turn's list.
    const held = (id: string, i: number) => {
      const at = d.moves.indexOf(id);
      return state.moves.includes(id) || (at >= 0 && at < i);
    };
    d.moves.forEach((id, i) => {
      const field = `moves[${i}]`;
      const move = L.move.get(id);
      if (!move) return oneOf(field, id, L.move);
      if (held(id, i)) problems.push({ field, message: `${id} is already in place` });
      if (state.phase < move.minPhase)
        problems.push({ field, message: `${id} needs phase ${scenario.phases[move.minPhase]!.id}` });
      for (const need of move.requires)
        if (!held(need, i)) problems.push({ field, message: `${id} needs ${need} first` });
      budget -= toFixed(move.cost);
      if (budget < 0) problems.push({ field, message: `${id} costs more than the budget left` });
    });
  }

  const event = state.pendingEvent ? L.event.get(state.pendingEvent) : undefined;
  if (event && event.responses.length > 0) {
    const response = event.responses.find((r) => r.id === d.response);
    if (!response) oneOf('response', d.response, new Map(event.responses.map((r) => [r.id, r])));
    else if (toFixed(response.cost) > budget)
      problems.push({ field: 'response', message: `${response.id} costs more than the budget left` });
  } else if (d.response !== undefined) {
    problems.push({ field: 'response', message: 'this turn has no event to respond to' });
  }
  return problems;
}
