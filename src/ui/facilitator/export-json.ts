// The JSON export of a session: the session, and per team its name, notes, result code, decisions and
// final numbers (points). The codes let another facilitator's page import the same teams again.
import type { Session } from '../../analysis/session';
import { PHASE_IDS, toPoints } from '../../sim';
import type { TeamEntry } from '../../store/facilitator-store';

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

/** The teams (name and code) of an exported session file, or null when the text is not one. */
export function teamsFromExport(text: string): { name: string; code: string; notes: string }[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const j = json as { format?: unknown; teams?: unknown };
  if (j?.format !== EXPORT_FORMAT || !Array.isArray(j.teams)) return null;
  return j.teams
    .filter((t): t is { name: string; code: string; notes?: string } => typeof t?.code === 'string')
    .map((t) => ({
      name: typeof t.name === 'string' ? t.name : '',
      code: t.code,
      notes: typeof t.notes === 'string' ? t.notes : '',
    }));
}
