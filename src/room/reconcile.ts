// A team page and the server each hold the team's game; this says what to do to make them agree. The
// server's log is the truth: the page sends the quarters it played while offline, in order, when its game
// extends the server's; otherwise it takes the server's game.
import type { GameRecord, TurnDecision } from '../sim';
import type { SessionMessage } from './protocol';

export type Step =
  | { kind: 'idle' }
  /** The page started the session's game and the server has none yet. */
  | { kind: 'start'; objective: string }
  /** The page has played quarters the server has not: send quarter `turn` first. */
  | { kind: 'send'; turn: number; decision: TurnDecision }
  /** The page's game differs from the server's: show the server's. */
  | { kind: 'adopt'; game: GameRecord }
  /** The page shows a game that is not the room's (opened from a code, or another seed). */
  | { kind: 'foreign' };

export function sameDecision(a: TurnDecision, b: TurnDecision): boolean {
  return (
    a.approach === b.approach &&
    a.voice === b.voice &&
    a.governance === b.governance &&
    a.response === b.response &&
    a.measure.join() === b.measure.join() &&
    a.moves.join() === b.moves.join()
  );
}

const sameSetup = (a: GameRecord['setup'], b: GameRecord['setup']) =>
  (a.turns ?? null) === (b.turns ?? null) &&
  JSON.stringify(Object.entries(a.fixedEvents ?? {}).sort()) ===
    JSON.stringify(Object.entries(b.fixedEvents ?? {}).sort());

function isSessionGame(game: GameRecord, session: SessionMessage): boolean {
  return (
    game.scenario.id === session.scenario &&
    game.seed === session.seed &&
    (game.setup.turns ?? null) === (session.turns ?? null)
  );
}

export function reconcile(
  local: GameRecord | null,
  server: GameRecord | null,
  session: SessionMessage,
): Step {
  if (!server) {
    if (!local) return { kind: 'idle' };
    return isSessionGame(local, session)
      ? { kind: 'start', objective: local.objective }
      : { kind: 'foreign' };
  }
  if (!local) return { kind: 'adopt', game: server };
  const same =
    local.scenario.id === server.scenario.id &&
    local.scenario.hash === server.scenario.hash &&
    local.seed === server.seed &&
    local.objective === server.objective;
  const prefix = server.turns.every((d, i) => i >= local.turns.length || sameDecision(d, local.turns[i]!));
  if (!same || !prefix) return { kind: 'adopt', game: server };
  if (local.turns.length > server.turns.length) {
    const turn = server.turns.length + 1;
    return { kind: 'send', turn, decision: local.turns[turn - 1]! };
  }
  // The server knows more (another device of the team) or set another event (the facilitator pushed one).
  if (local.turns.length < server.turns.length || !sameSetup(local.setup, server.setup))
    return { kind: 'adopt', game: server };
  return { kind: 'idle' };
}
