// Checks a turn's decision against the scenario and the state before it is played. Each problem names
// the field and what was expected, so the runner, the store and result-code decoding can say what is wrong.
// What may be chosen is decided in options.ts; this adds only the shape of the decision (known ids, lists).
import { lookup } from './lookup';
import { blockMessage, eventResponses, kpiBlocksAt, moveBlocksAt, responseBlocks } from './options';
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
    if (typeof value !== 'string' || !ids.has(value)) {
      problems.push({
        field,
        message: `${JSON.stringify(value)} is not one of ${[...ids.keys()].join(', ')}`,
      });
      return false;
    }
    return true;
  };
  if (state.ending) problems.push({ field: 'turn', message: `the game has ended (${state.ending})` });
  oneOf('approach', d.approach, L.approach);
  oneOf('voice', d.voice, L.voice);
  oneOf('governance', d.governance, L.governance);

  // A limit or a duplicate is said once for the whole list; the other blocks for the item itself.
  const listOnce = new Set<string>();
  const report = (field: string, list: 'measure' | 'moves', id: string, reason: string, message: string) => {
    const once = reason === 'kpi-limit' || reason === 'moves-limit' || reason === 'duplicate';
    if (once && listOnce.has(reason)) return;
    if (once) listOnce.add(reason);
    problems.push({
      field: once ? list : field,
      message: once && reason !== 'duplicate' ? `${message}, got ${id}` : message,
    });
  };

  const measureOk = Array.isArray(d.measure);
  if (!measureOk) problems.push({ field: 'measure', message: 'expected a list of KPI ids' });
  else
    d.measure.forEach((k, i) => {
      if (!oneOf(`measure[${i}]`, k, L.kpi)) return;
      for (const b of kpiBlocksAt(ctx, d, i))
        report(`measure[${i}]`, 'measure', String(d.measure.length), b.reason, blockMessage(ctx, k, b));
    });

  const movesOk = Array.isArray(d.moves);
  if (!movesOk) problems.push({ field: 'moves', message: 'expected a list of move ids' });
  else
    d.moves.forEach((id, i) => {
      if (!oneOf(`moves[${i}]`, id, L.move)) return;
      for (const b of moveBlocksAt(ctx, state, d, i))
        report(`moves[${i}]`, 'moves', String(d.moves.length), b.reason, blockMessage(ctx, id, b));
    });

  const responses = eventResponses(ctx, state);
  if (responses) {
    const ids = new Map(responses.map((r) => [r.id, r]));
    if (oneOf('response', d.response, ids) && movesOk)
      for (const b of responseBlocks(ctx, state, d, d.response!))
        problems.push({ field: 'response', message: blockMessage(ctx, d.response!, b) });
  } else if (d.response !== undefined) {
    problems.push({ field: 'response', message: 'this turn has no event to respond to' });
  }
  return problems;
}
