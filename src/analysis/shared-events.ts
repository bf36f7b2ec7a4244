// The same event met by every team: a session's fixed events (or, without any, an event every team drew in
// the same quarter, as the shared seed makes likely), each team's answer, and what the event and the answer
// did to trust and buy-in that quarter, as the model booked it (causes "event:<id>" and "answer:<id>:...").
import type { Contribution, GameRecord, Replay } from '../sim';

export interface SharedTeam {
  name: string;
  game: GameRecord;
  replay: Pick<Replay, 'initial' | 'records'>;
}

export interface SharedAnswer {
  name: string;
  /** The answer chosen (id), null when the event asked for none or none was given. */
  response: string | null;
  /** For a gamble: whether it worked. */
  success: boolean | null;
  /** What the event and the answer booked that quarter, hundredths. */
  eventTrust: number;
  eventBuyIn: number;
  /** The whole quarter's change, hundredths. */
  trustDelta: number;
  buyInDelta: number;
}

export interface SharedEvent {
  turn: number;
  eventId: string;
  /** True for an event the session fixed; false for one every team happened to draw. */
  fixed: boolean;
  answers: SharedAnswer[];
}

const fromEvent = (list: readonly Contribution[] | undefined, eventId: string) =>
  (list ?? [])
    .filter((c) => c.cause === `event:${eventId}` || c.cause.startsWith(`answer:${eventId}:`))
    .reduce((sum, c) => sum + c.delta, 0);

function answerOf(team: SharedTeam, turn: number, eventId: string): SharedAnswer | null {
  const r = team.replay.records[turn - 1];
  if (!r || r.event?.id !== eventId) return null;
  const before = turn === 1 ? team.replay.initial : team.replay.records[turn - 2]!.state;
  return {
    name: team.name,
    response: r.event.response ?? null,
    success: r.event.success ?? null,
    eventTrust: fromEvent(r.explanation.trust, eventId),
    eventBuyIn: fromEvent(r.explanation.buyIn, eventId),
    trustDelta: r.state.vars.trust - before.vars.trust,
    buyInDelta: r.state.vars.buyIn - before.vars.buyIn,
  };
}

/**
 * The events the teams met together, in quarter order: the session's fixed events when it has any (each
 * listing the teams that reached that quarter), else the drawn events that every team met in the same
 * quarter. Quiet quarters (an event with no answer to give) are left out of the drawn ones.
 */
export function sharedEvents(
  teams: readonly SharedTeam[],
  fixedEvents?: Record<string, string>,
): SharedEvent[] {
  if (teams.length === 0) return [];
  const fixed = Object.entries(fixedEvents ?? {})
    .map(([turn, id]) => ({ turn: Number(turn), eventId: id }))
    .sort((a, b) => a.turn - b.turn);
  if (fixed.length > 0)
    return fixed.map(({ turn, eventId }) => ({
      turn,
      eventId,
      fixed: true,
      answers: teams.map((tm) => answerOf(tm, turn, eventId)).filter((a) => a !== null),
    }));
  const out: SharedEvent[] = [];
  const first = teams[0]!;
  for (const r of first.replay.records) {
    const id = r.event?.id;
    if (!id || r.event?.response === undefined) continue;
    const answers = teams.map((tm) => answerOf(tm, r.turn, id));
    if (answers.every((a) => a !== null)) out.push({ turn: r.turn, eventId: id, fixed: false, answers });
  }
  return out;
}
