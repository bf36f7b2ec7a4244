// The facilitator's session survives a reload: one versioned entry in localStorage with the session, each
// team's name, result code and notes. Teams are re-decoded and re-simulated on load, so nothing stored is
// trusted as a score. A damaged entry is reported (and can be reset), never a blank page.
import type { Session } from '../analysis/session';
import { cleanSeed } from '../sim';
import type { KeyValueStorage } from './persist';

export const FACILITATOR_KEY = 'social-journey.facilitator';
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
  | { kind: 'ok'; data: StoredFacilitator; raw: string }
  | { kind: 'error'; message: string; raw: string };

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

/** The stored text as it is (null when none or unreadable), to tell whether another tab wrote it. */
export function storedText(storage: KeyValueStorage | null): string | null {
  try {
    return storage?.getItem(FACILITATOR_KEY) ?? null;
  } catch {
    return null;
  }
}

export function loadFacilitator(storage: KeyValueStorage | null): LoadedFacilitator {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(FACILITATOR_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'error', message: 'it is not valid JSON', raw };
  }
  const checked = checkStored(json);
  return checked.ok
    ? { kind: 'ok', data: checked.data, raw }
    : { kind: 'error', message: checked.message, raw };
}

/** Writes the session; false when the browser refuses (private mode, full storage). */
export function saveFacilitator(
  storage: KeyValueStorage | null,
  data: Omit<StoredFacilitator, 'format' | 'version'>,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(
      FACILITATOR_KEY,
      JSON.stringify({
        format: FACILITATOR_FORMAT,
        version: FACILITATOR_VERSION,
        ...data,
      } satisfies StoredFacilitator),
    );
    return true;
  } catch {
    return false;
  }
}

export function clearFacilitator(storage: KeyValueStorage | null): void {
  try {
    storage?.removeItem(FACILITATOR_KEY);
  } catch {
    // Nothing more to do: the page starts from an empty session anyway.
  }
}
