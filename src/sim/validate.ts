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
  // Every played turn passes here (the balance lab and the search play millions): plain loops, and
  // nothing allocated for a decision that is fine.
  const L = lookup(ctx.scenario);
  const problems: DecisionProblem[] = [];
  if (state.ending) problems.push({ field: 'turn', message: `the game has ended (${state.ending})` });
  knownId(problems, 'approach', d.approach, L.approach);
  knownId(problems, 'voice', d.voice, L.voice);
  knownId(problems, 'governance', d.governance, L.governance);

  // A limit or a duplicate is said once for the whole list; the other blocks for the item itself.
  let saidOnce: Set<string> | null = null;
  const report = (
    field: string,
    list: 'measure' | 'moves',
    count: number,
    reason: string,
    message: string,
  ) => {
    const once = reason === 'kpi-limit' || reason === 'moves-limit' || reason === 'duplicate';
    if (once) {
      saidOnce ??= new Set();
      if (saidOnce.has(reason)) return;
      saidOnce.add(reason);
    }
    problems.push({
      field: once ? list : field,
      message: once && reason !== 'duplicate' ? `${message}, got ${count}` : message,
    });
  };

  const measureOk = Array.isArray(d.measure);
  if (!measureOk) problems.push({ field: 'measure', message: 'expected a list of KPI ids' });
  else
    for (let i = 0; i < d.measure.length; i++) {
      const k = d.measure[i];
      if (!knownId(problems, `measure[${i}]`, k, L.kpi)) continue;
      for (const b of kpiBlocksAt(ctx, d, i))
        report(`measure[${i}]`, 'measure', d.measure.length, b.reason, blockMessage(ctx, k!, b));
    }

  const movesOk = Array.isArray(d.moves);
  if (!movesOk) problems.push({ field: 'moves', message: 'expected a list of move ids' });
  else
    for (let i = 0; i < d.moves.length; i++) {
      const id = d.moves[i];
      if (!knownId(problems, `moves[${i}]`, id, L.move)) continue;
      for (const b of moveBlocksAt(ctx, state, d, i))
        report(`moves[${i}]`, 'moves', d.moves.length, b.reason, blockMessage(ctx, id!, b));
    }

  const responses = eventResponses(ctx, state);
  if (responses) {
    const known = responses.some((r) => r.id === d.response);
    if (!known)
      notOneOf(
        problems,
        'response',
        d.response,
        responses.map((r) => r.id),
      );
    else if (movesOk)
      for (const b of responseBlocks(ctx, state, d, d.response!))
        problems.push({ field: 'response', message: blockMessage(ctx, d.response!, b) });
  } else if (d.response !== undefined) {
    problems.push({ field: 'response', message: 'this turn has no event to respond to' });
  }
  return problems;
}

/** Whether a value is one of a map's ids; if not, the problem is added. */
function knownId(
  problems: DecisionProblem[],
  field: string,
  value: unknown,
  ids: ReadonlyMap<string, unknown>,
): boolean {
  if (typeof value === 'string' && ids.has(value)) return true;
  notOneOf(problems, field, value, ids.keys());
  return false;
}

function notOneOf(problems: DecisionProblem[], field: string, value: unknown, ids: Iterable<string>): void {
  problems.push({ field, message: `${JSON.stringify(value)} is not one of ${[...ids].join(', ')}` });
}
