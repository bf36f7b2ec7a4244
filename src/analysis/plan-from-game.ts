// A game's decisions written as a plan file (scenarios/plans format), so the headless runner
// (npm run sim -- --plan FILE) can replay a team's game or a what-if. A plan answers each event the same
// way every time, so a game that answered one event two ways cannot be written as a plan.
import type { GameRecord, Plan, Replay } from '../sim';

export type PlanFromGame = { ok: true; plan: Plan } | { ok: false; problem: string };

export function planFromGame(game: GameRecord, played: Pick<Replay, 'records'>, name: string): PlanFromGame {
  const turns: NonNullable<Plan['turns']> = {};
  const moves: NonNullable<Plan['moves']> = {};
  const responses: Record<string, string> = {};
  for (const [i, d] of game.turns.entries()) {
    const turn = String(i + 1);
    turns[turn] = { approach: d.approach, voice: d.voice, governance: d.governance, measure: [...d.measure] };
    if (d.moves.length > 0) moves[turn] = [...d.moves];
    const event = played.records[i]?.event;
    if (event && d.response !== undefined) {
      const before = responses[event.id];
      if (before !== undefined && before !== d.response)
        return {
          ok: false,
          problem: `the event ${event.id} was answered both "${before}" and "${d.response}"`,
        };
      responses[event.id] = d.response;
    }
  }
  return { ok: true, plan: { name, objective: game.objective, turns, moves, responses } };
}
