// The facilitator's session survives a reload: a versioned entry among the shelf's sessions (shelf.ts) with
// the session, each team's name, result code and notes; the page opens the last one written. Teams are
// re-decoded and re-simulated on load, so nothing stored is trusted as a score. A damaged entry is reported
// (and can be reset), never a blank page.
import type { Session } from '../analysis/session';
import { cleanSeed } from '../sim';
import type { Shelf } from './shelf';

export const FACILITATOR_FORMAT = 'social-journey-facilitator';
export const FACILITATOR_VERSION = 1;

export interface StoredTeam {
  name: string;
  code: string;
  notes: string;
}

export interface StoredFacilitator {
  format: typeof FACILITATOR_FORMAT;
  version: typeof FACILITATOR_VERSION;
  session: Session;
  teams: StoredTeam[];
  /** The facilitator's own notes for the whole session. */
  notes: string;
}

export type LoadedFacilitator =
  | { kind: 'none' }
  | { kind: 'ok'; id: string; data: StoredFacilitator; raw: string }
  | { kind: 'error'; id: string; message: string; raw: string };

/** More teams than any room holds: a stored list beyond it is damaged, and drawing it would freeze the page. */
export const MAX_TEAMS = 500;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Checks a parsed entry; returns what is wrong in plain words, or the entry. */
export function checkStored(
  json: unknown,
): { ok: true; data: StoredFacilitator } | { ok: false; message: string } {
  if (!isRecord(json) || json.format !== FACILITATOR_FORMAT)
    return { ok: false, message: 'it is not a facilitator session' };
  if (json.version !== FACILITATOR_VERSION)
    return {
      ok: false,
      message: `it has format version ${String(json.version)}, this page reads ${FACILITATOR_VERSION}`,
    };
  const s = json.session;
  if (!isRecord(s) || !isText(s.scenario, 100) || !isText(s.seed, 64) || cleanSeed(s.seed) === null)
    return { ok: false, message: 'its session has no scenario or seed' };
  if (s.turns !== undefined && (typeof s.turns !== 'number' || !Number.isInteger(s.turns)))
    return { ok: false, message: 'its number of turns is not a whole number' };
  if (
    s.fixedEvents !== undefined &&
    (!isRecord(s.fixedEvents) || !Object.values(s.fixedEvents).every((v) => isText(v, 100)))
  )
    return { ok: false, message: 'its fixed events are not a list of turn and event' };
  if (!Array.isArray(json.teams)) return { ok: false, message: 'it has no list of teams' };
  if (json.teams.length > MAX_TEAMS)
    return {
      ok: false,
      message: `it lists ${json.teams.length} teams, more than the ${MAX_TEAMS} a session holds`,
    };
  for (const [i, team] of json.teams.entries())
    if (!isRecord(team) || !isText(team.name, 200) || !isText(team.code, 4000) || !isText(team.notes, 4000))
      return { ok: false, message: `team ${i + 1} is missing its name, code or notes` };
  if (!isText(json.notes ?? '', 20000)) return { ok: false, message: 'its notes are not text' };
  return {
    ok: true,
    data: {
      format: FACILITATOR_FORMAT,
      version: FACILITATOR_VERSION,
      session: {
        scenario: s.scenario,
        seed: cleanSeed(s.seed as string) as string,
        ...(s.turns !== undefined ? { turns: s.turns as number } : {}),
        ...(s.fixedEvents !== undefined
          ? { fixedEvents: { ...(s.fixedEvents as Record<string, string>) } }
          : {}),
      },
      teams: (json.teams as StoredTeam[]).map((t) => ({ name: t.name, code: t.code, notes: t.notes })),
      notes: (json.notes as string | undefined) ?? '',
    },
  };
}

/** More text than a session of MAX_TEAMS teams can hold: a longer entry is damaged, and not parsed. */
const MAX_SESSION_TEXT = 4_000_000;

/** A stored session (by default the last written, the one the page opens), checked; 'none' when there is none. */
export function loadFacilitator(shelf: Shelf | null, id?: string): LoadedFacilitator {
  const entry = id === undefined ? shelf?.list('sessions')[0] : shelf?.get('sessions', id);
  if (!entry) return { kind: 'none' };
  const { id: found, text: raw } = entry;
  if (raw.length > MAX_SESSION_TEXT)
    return {
      kind: 'error',
      id: found,
      message: `it is ${raw.length} characters long, more than any session`,
      raw: raw.slice(0, 2000),
    };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'error', id: found, message: 'it is not valid JSON', raw };
  }
  const checked = checkStored(json);
  return checked.ok
    ? { kind: 'ok', id: found, data: checked.data, raw }
    : { kind: 'error', id: found, message: checked.message, raw };
}

/** A stored session other than the one on screen, as the prepare step lists it. */
export type SessionSummary =
  | { id: string; updated: string; ok: true; scenario: string; seed: string; teams: number }
  | { id: string; updated: string; ok: false; message: string };

/** The stored sessions but the one on screen, last written first. */
export function otherSessions(shelf: Shelf | null, current: string): SessionSummary[] {
  return (shelf?.list('sessions') ?? [])
    .filter((e) => e.id !== current)
    .map((e) => {
      const loaded = loadFacilitator(shelf, e.id);
      if (loaded.kind === 'ok') {
        const { session, teams } = loaded.data;
        return {
          id: e.id,
          updated: e.updated,
          ok: true,
          scenario: session.scenario,
          seed: session.seed,
          teams: teams.length,
        };
      }
      return {
        id: e.id,
        updated: e.updated,
        ok: false,
        message: loaded.kind === 'error' ? loaded.message : '',
      };
    });
}

/** The stored text of a session. */
export function facilitatorText(data: Omit<StoredFacilitator, 'format' | 'version'>): string {
  return JSON.stringify({
    format: FACILITATOR_FORMAT,
    version: FACILITATOR_VERSION,
    ...data,
  } satisfies StoredFacilitator);
}
