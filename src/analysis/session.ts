// A facilitator's session: the scenario, the seed every team plays, an optional shorter game and events
// fixed for everyone ("a crisis in turn 6"). It travels to the teams as a link to the game:
//   index.html#setup=1&scenario=default&seed=blue-harbour-42&turns=8&events=6:viral-complaint,9:budget-cut
// setup=1 is the format version; turns and events are optional. docs/facilitator-guide.md documents it.
import { checkGameSetup, cleanSeed, GameError, type GameSetup, type Scenario } from '../sim';

export const SESSION_LINK_VERSION = 1;

export interface Session {
  scenario: string;
  seed: string;
  /** Number of turns when shorter (or longer) than the scenario's own. */
  turns?: number;
  /** Turn number (as text) -> event id, the same for every team. */
  fixedEvents?: Record<string, string>;
}

export type SessionLinkResult = { ok: true; session: Session } | { ok: false; problem: string };

const ID = /^[a-z][a-z0-9-]*$/;
const TURN = /^[1-9][0-9]?$/;

/** The GameSetup a session gives every team's game. */
export function sessionSetup(session: Session): GameSetup {
  const setup: GameSetup = {};
  if (session.turns !== undefined) setup.turns = session.turns;
  if (session.fixedEvents && Object.keys(session.fixedEvents).length > 0)
    setup.fixedEvents = { ...session.fixedEvents };
  return setup;
}

/** The fragment (without '#') that carries a session. */
export function sessionFragment(session: Session): string {
  const params = new URLSearchParams();
  params.set('setup', String(SESSION_LINK_VERSION));
  params.set('scenario', session.scenario);
  params.set('seed', session.seed);
  if (session.turns !== undefined) params.set('turns', String(session.turns));
  const events = Object.entries(session.fixedEvents ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([turn, id]) => `${turn}:${id}`);
  if (events.length > 0) params.set('events', events.join(','));
  return params.toString();
}

/** The game's link for a session, given the game page's address (e.g. https://host/path/index.html). */
export function sessionLink(gameUrl: string, session: Session): string {
  return `${gameUrl.split('#')[0]}#${sessionFragment(session)}`;
}

/**
 * The facilitator page's link that carries a session and its teams' codes, opened on another machine to
 * restore both: facilitator.html#setup=1&scenario=...&seed=...&codes=SJ3-...,SJ3-...
 */
export function facilitatorLink(pageUrl: string, session: Session, codes: readonly string[]): string {
  const codePart = codes.length > 0 ? `&codes=${codes.join(',')}` : '';
  return `${pageUrl.split('#')[0]}#${sessionFragment(session)}${codePart}`;
}

/**
 * Reads a session from a location hash ("#setup=1&..." or without '#'). Returns null when the hash holds
 * no session at all, and a problem in plain words when it holds a broken one. Syntax only: whether the
 * scenario exists and its events are real is for sessionProblems().
 */
export function parseSessionLink(hash: string): SessionLinkResult | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const version = params.get('setup');
  if (version === null) return null;
  if (version !== String(SESSION_LINK_VERSION))
    return {
      ok: false,
      problem: `this session link has format ${version}; this version of the game reads format ${SESSION_LINK_VERSION}`,
    };
  const scenario = params.get('scenario') ?? '';
  if (!ID.test(scenario)) return { ok: false, problem: 'the session link names no valid scenario' };
  const seed = cleanSeed(params.get('seed') ?? '');
  if (seed === null)
    return { ok: false, problem: 'the session link needs a seed of 1 to 64 characters, not only spaces' };
  const session: Session = { scenario, seed };
  const turns = params.get('turns');
  if (turns !== null) {
    if (!TURN.test(turns) || Number(turns) > 24)
      return { ok: false, problem: `"${turns}" is not a number of turns from 1 to 24` };
    session.turns = Number(turns);
  }
  const events = params.get('events');
  if (events) {
    const fixed: Record<string, string> = {};
    for (const item of events.split(',')) {
      const [turn = '', id = '', extra] = item.split(':');
      if (extra !== undefined || !TURN.test(turn) || !ID.test(id))
        return { ok: false, problem: `"${item}" is not a fixed event (expected turn:event-id)` };
      if (fixed[turn]) return { ok: false, problem: `turn ${turn} has two fixed events` };
      fixed[turn] = id;
    }
    session.fixedEvents = fixed;
  }
  return { ok: true, session };
}

/** What is wrong with a session for a scenario (empty when it is fine), in plain words. */
export function sessionProblems(session: Session, scenario: Scenario | undefined): string[] {
  if (!scenario) return [`there is no scenario "${session.scenario}" here`];
  const problems: string[] = [];
  if (cleanSeed(session.seed) !== session.seed)
    problems.push('the seed must be a text of 1 to 64 characters without spaces around it');
  try {
    checkGameSetup(scenario, scenario.objectives[0]!.id, sessionSetup(session));
  } catch (e) {
    if (!(e instanceof GameError)) throw e;
    problems.push(e.message);
  }
  return problems;
}

const SEED_WORDS_A = [
  'amber',
  'blue',
  'brisk',
  'calm',
  'clear',
  'early',
  'golden',
  'green',
  'late',
  'quiet',
  'rapid',
  'silver',
  'steady',
  'sunny',
  'swift',
  'windy',
];
const SEED_WORDS_B = [
  'bridge',
  'canal',
  'corner',
  'harbour',
  'hill',
  'lane',
  'market',
  'meadow',
  'park',
  'quay',
  'river',
  'road',
  'square',
  'station',
  'street',
  'valley',
];

/** A seed people can read aloud ("steady-harbour-42") from any non-negative integer, e.g. a random draw. */
export function seedFromNumber(n: number): string {
  const x = Math.floor(Math.abs(n));
  const a = SEED_WORDS_A[x % 16]!;
  const b = SEED_WORDS_B[Math.floor(x / 16) % 16]!;
  return `${a}-${b}-${Math.floor(x / 256) % 100}`;
}
