// The JSON export of a session: the session, and per team its name, notes, result code, decisions and
// final numbers (points). Dropped on another facilitator's page (another browser, another machine), it
// restores that whole session: the same scenario, seed, length, fixed events, teams, names and notes.
import { parseSessionLink, type Session, sessionFragment } from '../../analysis/session';
import { PHASE_IDS, toPoints } from '../../sim';
import type { SessionMove, TeamEntry } from '../../store/facilitator-store';

export const EXPORT_FORMAT = 'social-journey-session-export';
export const EXPORT_VERSION = 1;

export function sessionExport(session: Session, teams: readonly TeamEntry[], notes: string): string {
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      session,
      notes,
      teams: teams.map((t) => {
        const f = t.replay.final;
        return {
          name: t.name,
          notes: t.notes,
          code: t.code,
          game: t.game,
          final: {
            ending: f.ending,
            phase: PHASE_IDS[f.phase],
            turn: f.turn,
            trust: toPoints(f.vars.trust),
            buyIn: toPoints(f.vars.buyIn),
            reach: toPoints(f.reach),
          },
        };
      }),
    },
    null,
    2,
  )}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

/**
 * Reads an exported session file: null when the text is not one at all, a problem in plain words when it
 * is one that cannot be restored, else the session, its notes and its teams. The session goes through the
 * same checks as a session link, so a file can hold nothing a link could not.
 */
export function readSessionExport(
  raw: string,
): { ok: true; move: SessionMove } | { ok: false; problem: string } | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(json) || json.format !== EXPORT_FORMAT) return null;
  if (json.version !== EXPORT_VERSION)
    return {
      ok: false,
      problem: `it has format version ${String(json.version)}, this page reads ${EXPORT_VERSION}`,
    };
  const s = json.session;
  if (!isRecord(s) || typeof s.scenario !== 'string' || typeof s.seed !== 'string')
    return { ok: false, problem: 'its session has no scenario or seed' };
  const candidate: Session = { scenario: s.scenario, seed: s.seed };
  if (s.turns !== undefined) candidate.turns = s.turns as number;
  if (isRecord(s.fixedEvents))
    candidate.fixedEvents = Object.fromEntries(Object.entries(s.fixedEvents).map(([k, v]) => [k, String(v)]));
  const parsed = parseSessionLink(sessionFragment(candidate));
  if (!parsed?.ok) return { ok: false, problem: parsed?.problem ?? 'its session cannot be read' };
  if (!Array.isArray(json.teams)) return { ok: false, problem: 'it has no list of teams' };
  const teams = json.teams
    .filter((t): t is Record<string, unknown> => isRecord(t) && typeof t.code === 'string')
    .slice(0, 500)
    .map((t) => ({ name: text(t.name, 60), code: text(t.code, 4000), notes: text(t.notes, 2000) }));
  return { ok: true, move: { session: parsed.session, notes: text(json.notes, 20000), teams } };
}
