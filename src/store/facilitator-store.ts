// The facilitator's state: the session being prepared, the teams collected (each re-simulated from its
// code), the refused inputs with their reasons, and which screen is shown. A zustand vanilla store like
// the game's; every change that matters is written to the shelf's sessions (facilitator-persist.ts).
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type AcceptedTeam,
  type CollectInput,
  checkCode,
  checkSaveText,
  type MismatchField,
  type Refusal,
  sessionMismatch,
  shorten,
} from '../analysis/collect';
import type { SortKey } from '../analysis/compare';
import type { CsvDialectId } from '../analysis/csv';
import type { GuidedLength } from '../analysis/guided-debrief';
import { neededScenario } from '../analysis/needed-scenario';
import { type Session, seedFromNumber, sessionProblems } from '../analysis/session';
import type { Lang } from '../i18n';
import { cleanSeed, type GameRecord, type Replay, type Scenario, type ScenarioProblem } from '../sim';
import {
  facilitatorText,
  type LoadedFacilitator,
  loadFacilitator,
  otherSessions,
  type SessionSummary,
  type StoredFacilitator,
} from './facilitator-persist';
import { type KeyValueStorage, rememberLanguage } from './persist';
import { checkScenarioFile, type ScenarioFileInput, withScenario } from './scenarios';
import { newEntryId, type Shelf, type WriteResult } from './shelf';

/** A session moved from another browser (its JSON export), ready to restore. */
export interface SessionMove {
  session: Session;
  notes: string;
  teams: { name: string; code: string; notes: string }[];
}

export type FacilitatorView = 'prepare' | 'live' | 'collect' | 'compare' | 'report' | 'team' | 'projector';

export interface TeamEntry {
  /** The canonical result code: two inputs with the same code are the same game. */
  code: string;
  name: string;
  notes: string;
  game: GameRecord;
  scenario: Scenario;
  replay: Replay;
  /** How this game differs from the session (empty when it matches). */
  mismatch: MismatchField[];
}

export interface StaleTeam {
  name: string;
  code: string;
  notes: string;
  /** Why it no longer decodes, in the decoder's words. */
  reason: string;
}

/** A code or save refused because this page lacks its scenario: collected again once its file is opened. */
export interface AwaitingInput {
  input: CollectInput;
  kind: 'code' | 'save';
  /** The id of the scenario it needs (null if the code could not be read that far). */
  scenario: string | null;
}

export interface FacilitatorState {
  /** The facilitator page's language (its texts and the team debriefs read it through src/i18n); set by setLanguage only. */
  language: Lang;
  scenarios: Scenario[];
  awaiting: AwaitingInput[];
  /** The last custom scenario file that could not be opened, with every problem found in it. */
  scenarioFile: { file: string; problems: ScenarioProblem[] } | null;
  session: Session;
  /** The seed field as typed; the session holds its clean form (cleanSeed), the one teams receive. */
  seedInput: string;
  teams: TeamEntry[];
  /**
   * Stored teams that no longer decode (an earlier scenario version, say): kept with their reason and
   * full code, written back with every save, until the facilitator removes them.
   */
  stale: StaleTeam[];
  refusals: Refusal[];
  notes: string;
  view: FacilitatorView;
  /** The team whose debrief is open. */
  teamCode: string | null;
  sort: SortKey;
  /** Set when the stored session could not be read: the message and the raw text, kept for copying. */
  storeProblem: { message: string; raw: string } | null;
  /** False when the browser does not keep the session (private mode, full storage): shown as a warning. */
  canSave: boolean;
  /** True when the last write failed because the browser's storage is full (what was stored is kept). */
  storageFull: boolean;
  /** The other sessions stored in this browser, to reopen or delete (the one on screen is not listed). */
  sessions: SessionSummary[];
  /** True once another tab has changed the stored session: this tab stops writing over it and says so. */
  otherTab: boolean;
  /** Whether the browser agreed to keep this site's data (navigator.storage.persist); null: not asked. */
  storagePersisted: boolean | null;
  /** How many inputs the last collect accepted and refused, and lines of chatter it ignored. */
  lastCollect: { accepted: number; refused: number; ignored: number; practice?: number } | null;
  /** The projector shows "Team A", "Team B"... instead of the teams' names. */
  anonymous: boolean;
  /** The guided debrief's length in minutes, or null for the projector's free order of slides. */
  guided: GuidedLength | null;
  /** The CSV dialect chosen for this page; null follows the interface language. */
  csvDialect: CsvDialectId | null;

  /** Switches the page's language, and remembers it for the next visit. */
  setLanguage(lang: Lang): void;
  setSession(patch: Partial<Session>): void;
  setFixedEvent(turn: number, eventId: string | null): void;
  drawSeed(random: number): void;
  /** `ignored`: lines of the pasted text that held no code, for the status line. */
  collect(inputs: CollectInput[], kind: 'code' | 'save', ignored?: number): void;
  /** Replaces the whole session (scenario, seed, length, fixed events, teams, names, notes) with a moved one. */
  restoreSession(move: SessionMove): void;
  /** A live room's team, as its game stands now: replaces the team of that name (keeping its notes). */
  putLiveTeam(name: string, result: AcceptedTeam): void;
  /**
   * Opens a custom scenario file: checked first; if sound it joins the scenarios (built-in ones untouched),
   * becomes the session's while preparing, and the codes that were waiting for it are collected again.
   */
  openScenarioFile(file: ScenarioFileInput): Promise<boolean>;
  dismissScenarioFile(): void;
  renameTeam(code: string, name: string): void;
  setTeamNotes(code: string, notes: string): void;
  removeTeam(code: string): void;
  /** Forgets a stored team that no longer decodes (it is kept until then). */
  removeStale(code: string): void;
  clearTeams(): void;
  /** Clears the refused inputs (and what waits for a scenario file), or with `practice` the practice codes noted. */
  dismissRefusals(practice?: boolean): void;
  setNotes(notes: string): void;
  setView(view: FacilitatorView): void;
  openTeam(code: string): void;
  setSort(sort: SortKey): void;
  setCsvDialect(dialect: CsvDialectId): void;
  setAnonymous(on: boolean): void;
  setGuided(length: GuidedLength | null): void;
  resetStore(): void;
  /** Starts another session; the one on screen stays stored, in the list of sessions. */
  newSession(): void;
  /** Opens a stored session in place of the one on screen (which stays stored). */
  openSession(id: string): void;
  /** Deletes a stored session other than the one on screen. */
  deleteSession(id: string): void;
  /** Another tab changed the stored sessions: if it wrote a newer one, or over this one, stop writing. */
  storageChanged(): void;
}

export function defaultSession(scenarios: readonly Scenario[], random: number): Session {
  return { scenario: scenarios[0]?.id ?? 'default', seed: seedFromNumber(random) };
}

export function createFacilitatorStore(
  scenarios: Scenario[],
  shelf: Shelf | null,
  random: () => number,
  /** The default name of the n-th team, in the page's language ("Team 3"). */
  teamName: (n: number, lang: Lang) => string = (n) => `Team ${n}`,
  newId: () => string = () => newEntryId('s'),
  /** The page's first language (persist.ts firstLanguage), and where its choice is remembered. */
  language: { first?: Lang; settings?: KeyValueStorage | null } = {},
): StoreApi<FacilitatorState> {
  const loaded = loadFacilitator(shelf);
  const first = defaultSession(scenarios, random());
  /** The stored session this tab shows; written as a new entry until its first write succeeds. */
  let sessionId = loaded.kind === 'none' ? newId() : loaded.id;
  let written = loaded.kind !== 'none';
  if (written) shelf?.claim('sessions', sessionId);
  /** The sessions stored when the page opened, as id and revision: any other was written by another tab. */
  const revOf = (e: { id: string; rev: number }) => `${e.id}:${e.rev}`;
  let seen = new Set(shelf?.list('sessions').map(revOf) ?? []);
  /** From now on, only changes after this moment are another tab's (this tab switched sessions). */
  const seeAll = () => {
    seen = new Set(shelf?.list('sessions').map(revOf) ?? []);
  };
  /** The page shows one session, the last written: another tab wrote over this one, or another one since. */
  const otherTabWrote = () => {
    if (!shelf) return false;
    const other =
      shelf.stale('sessions', sessionId) ||
      shelf.list('sessions').some((e) => e.id !== sessionId && !seen.has(revOf(e)));
    if (other && !store.getState().otherTab) store.setState({ otherTab: true });
    return other || store.getState().otherTab;
  };
  const afterWrite = (result: WriteResult) => {
    if (result === 'conflict') store.setState({ otherTab: true });
    else store.setState({ canSave: result === 'ok', storageFull: result === 'full' });
  };
  const store = createStore<FacilitatorState>()((set, get) => {
    const persist = () => {
      const s = get();
      if (!shelf || otherTabWrote()) return;
      const text = facilitatorText({
        session: s.session,
        teams: [
          ...s.teams.map((t) => ({ name: t.name, code: t.code, notes: t.notes })),
          ...s.stale.map((t) => ({ name: t.name, code: t.code, notes: t.notes })),
        ],
        notes: s.notes,
      });
      void shelf.put('sessions', sessionId, text, written ? 'claimed' : 'new').then(afterWrite);
      written = true;
    };
    const update = (patch: Partial<FacilitatorState>) => {
      set(patch);
      persist();
    };
    const withMismatch = (teams: TeamEntry[], session: Session) =>
      teams.map((t) => ({ ...t, mismatch: sessionMismatch(t.game, session) }));
    return {
      language: language.first ?? 'en',
      scenarios,
      awaiting: [],
      scenarioFile: null,
      session: first,
      seedInput: first.seed,
      teams: [],
      stale: [],
      refusals: [],
      notes: '',
      view: 'prepare',
      teamCode: null,
      sort: 'score',
      storeProblem: null,
      canSave: shelf?.durability === 'lasting',
      storageFull: false,
      sessions: otherSessions(shelf, sessionId),
      otherTab: false,
      storagePersisted: null,
      lastCollect: null,
      csvDialect: null,
      anonymous: false,
      guided: null,

      setLanguage(lang) {
        rememberLanguage(language.settings ?? null, lang);
        set({ language: lang });
      },
      setSession(patch) {
        const typed = patch.seed;
        const session = { ...get().session, ...patch };
        // "lyon " is the seed "lyon" for every team; a field of only spaces keeps the last usable seed.
        if (typed !== undefined) session.seed = cleanSeed(typed) ?? get().session.seed;
        for (const key of Object.keys(session) as (keyof Session)[])
          if (session[key] === undefined) delete (session as Partial<Session>)[key];
        update({
          session,
          teams: withMismatch(get().teams, session),
          ...(typed !== undefined ? { seedInput: typed } : {}),
        });
      },
      setFixedEvent(turn, eventId) {
        const fixed = { ...(get().session.fixedEvents ?? {}) };
        if (eventId) fixed[String(turn)] = eventId;
        else delete fixed[String(turn)];
        const session: Session = { ...get().session, fixedEvents: fixed };
        if (Object.keys(fixed).length === 0) delete session.fixedEvents;
        update({ session, teams: withMismatch(get().teams, session) });
      },
      drawSeed(value) {
        get().setSession({ seed: seedFromNumber(value) });
      },
      collect(inputs, kind, ignored = 0) {
        const s = get();
        const teams = [...s.teams];
        const refusals: Refusal[] = [];
        const awaiting: AwaitingInput[] = [];
        let accepted = 0;
        for (const input of inputs) {
          const result = kind === 'save' ? checkSaveText(input, s.scenarios) : checkCode(input, s.scenarios);
          if (!result.ok) {
            refusals.push(result);
            if (result.code === 'unknown-scenario')
              awaiting.push({ input, kind, scenario: neededScenario(input.text, kind) });
            continue;
          }
          const twin = teams.find((t) => t.code === result.code);
          // A practice branch is never a result: the team's first game is, collected (or found) instead.
          const practice = (name: string) =>
            result.practice &&
            refusals.push({
              ok: false,
              name: input.name,
              input: shorten(input.text),
              reason: `a practice branch, tried again from quarter ${result.practice.from}: the team's first game counts, collected as "${name}"`,
              code: 'practice',
              other: name,
              from: result.practice.from,
            });
          if (twin && result.practice) {
            practice(twin.name);
            continue;
          }
          if (twin) {
            refusals.push({
              ok: false,
              name: input.name,
              input: input.text.length > 40 ? `${input.text.slice(0, 28)}…` : input.text,
              reason: `already collected as "${twin.name}"`,
              code: 'duplicate',
              other: twin.name,
            });
            continue;
          }
          accepted++;
          const entry = entryOf(
            result,
            uniqueName(teams, result.name, (n) => teamName(n, get().language)),
            s.session,
          );
          teams.push(entry);
          practice(entry.name);
        }
        update({
          teams,
          refusals: [...refusals, ...s.refusals].slice(0, 50),
          awaiting: [...get().awaiting, ...awaiting].slice(-200),
          lastCollect: {
            accepted,
            refused: refusals.filter((r) => r.code !== 'practice').length,
            ignored,
            practice: refusals.filter((r) => r.code === 'practice').length,
          },
        });
      },
      restoreSession(move) {
        const teams: TeamEntry[] = [];
        const refusals: Refusal[] = [];
        const awaiting: AwaitingInput[] = [];
        for (const x of move.teams) {
          const input = { text: x.code, name: x.name || null };
          const result = checkCode(input, get().scenarios);
          if (!result.ok) {
            refusals.push(result);
            if (result.code === 'unknown-scenario')
              awaiting.push({ input, kind: 'code', scenario: neededScenario(x.code, 'code') });
          } else if (!teams.some((t) => t.code === result.code))
            teams.push({
              ...entryOf(
                result,
                uniqueName(teams, x.name, (n) => teamName(n, get().language)),
                move.session,
              ),
              notes: x.notes,
            });
        }
        update({
          session: move.session,
          seedInput: move.session.seed,
          notes: move.notes,
          teams,
          refusals,
          awaiting,
          lastCollect: { accepted: teams.length, refused: refusals.length, ignored: 0 },
          view: teams.length > 0 ? 'compare' : 'prepare',
        });
      },
      putLiveTeam(name, result) {
        const s = get();
        const old = s.teams.find((t) => t.name === name);
        const entry = { ...entryOf(result, name, s.session), notes: old?.notes ?? '' };
        update({ teams: old ? s.teams.map((t) => (t === old ? entry : t)) : [...s.teams, entry] });
      },
      async openScenarioFile(file) {
        const result = await checkScenarioFile(file);
        if (!result.ok) {
          set({ scenarioFile: { file: result.file, problems: result.problems } });
          return false;
        }
        const id = result.scenario.id;
        set({ scenarios: withScenario(get().scenarios, result.scenario), scenarioFile: null });
        if (get().view === 'prepare') get().setSession({ scenario: id, fixedEvents: undefined });
        const ready = get().awaiting.filter((a) => a.scenario === id);
        if (ready.length === 0) return true;
        // Their earlier refusals go; collecting again says what is true now (accepted, or another reason).
        const shown = new Set(ready.map((a) => shorten(a.input.text)));
        // Stored teams kept apart for want of this scenario come back the same way.
        const codes = new Set(ready.map((a) => a.input.text));
        set({
          awaiting: get().awaiting.filter((a) => a.scenario !== id),
          refusals: get().refusals.filter((r) => !(r.code === 'unknown-scenario' && shown.has(r.input))),
          stale: get().stale.filter((st) => !codes.has(st.code)),
        });
        for (const kind of ['code', 'save'] as const) {
          const inputs = ready.filter((a) => a.kind === kind).map((a) => a.input);
          if (inputs.length > 0) get().collect(inputs, kind);
        }
        return true;
      },
      dismissScenarioFile() {
        set({ scenarioFile: null });
      },
      renameTeam(code, name) {
        const clean = name.trim().slice(0, 60);
        // Names identify teams in the table, the charts and the CSV: keep them unique.
        if (!clean || get().teams.some((t) => t.name === clean && t.code !== code)) {
          set({ teams: [...get().teams] });
          return;
        }
        update({ teams: get().teams.map((t) => (t.code === code ? { ...t, name: clean } : t)) });
      },
      setTeamNotes(code, notes) {
        update({
          teams: get().teams.map((t) => (t.code === code ? { ...t, notes: notes.slice(0, 2000) } : t)),
        });
      },
      removeStale(code) {
        update({ stale: get().stale.filter((t) => t.code !== code) });
      },
      removeTeam(code) {
        update({ teams: get().teams.filter((t) => t.code !== code) });
      },
      clearTeams() {
        update({ teams: [], refusals: [], awaiting: [], lastCollect: null });
      },
      dismissRefusals(practice = false) {
        const kept = get().refusals.filter((r) => (r.code === 'practice') !== practice);
        set(practice ? { refusals: kept } : { refusals: kept, awaiting: [] });
      },
      setNotes(notes) {
        update({ notes: notes.slice(0, 20000) });
      },
      setView(view) {
        set({ view });
      },
      openTeam(code) {
        set({ view: 'team', teamCode: code });
      },
      setSort(sort) {
        set({ sort });
      },
      setCsvDialect(csvDialect) {
        set({ csvDialect });
      },
      setAnonymous(anonymous) {
        set({ anonymous });
      },
      setGuided(guided) {
        set({ guided });
      },
      storageChanged() {
        otherTabWrote();
        set({ sessions: otherSessions(shelf, sessionId) });
      },
      newSession() {
        if (get().otherTab) return;
        seeAll();
        sessionId = newId();
        written = false;
        const session = defaultSession(get().scenarios, random());
        set({ ...blank(), session, seedInput: session.seed, sessions: otherSessions(shelf, sessionId) });
        persist();
      },
      openSession(id) {
        const loaded = loadFacilitator(shelf, id);
        if (!shelf || loaded.kind === 'none' || id === sessionId || get().otherTab) return;
        seeAll();
        sessionId = id;
        written = true;
        shelf.claim('sessions', id);
        set({ ...blank(), sessions: otherSessions(shelf, id) });
        applyLoaded(loaded);
      },
      deleteSession(id) {
        if (!shelf || id === sessionId) return;
        void shelf.remove('sessions', id).then((r) => {
          if (r !== 'ok') afterWrite(r);
          seeAll();
          set({ sessions: otherSessions(shelf, sessionId) });
        });
      },
      resetStore() {
        // A fresh session replaces the one shown (after the page asked): its entry goes, a new one starts.
        if (shelf) void shelf.remove('sessions', sessionId).then((r) => r !== 'ok' && afterWrite(r));
        sessionId = newId();
        written = false;
        set({ otherTab: false });
        const session = defaultSession(scenarios, random());
        set({
          session,
          seedInput: session.seed,
          teams: [],
          stale: [],
          refusals: [],
          notes: '',
          storeProblem: null,
          view: 'prepare',
          teamCode: null,
          lastCollect: null,
        });
        persist();
      },
    };
  });

  /** What a session switched to starts from: nothing of the one before. */
  function blank(): Partial<FacilitatorState> {
    return {
      teams: [],
      stale: [],
      refusals: [],
      awaiting: [],
      notes: '',
      storeProblem: null,
      view: 'prepare',
      teamCode: null,
      lastCollect: null,
    };
  }

  /** Shows a stored session: checked, then every team re-simulated. */
  function applyLoaded(loaded: LoadedFacilitator) {
    // Every stored value is checked against the limits the interface has, before anything is drawn: a
    // stored "turns: 1000000000" once froze the page.
    const problems = loaded.kind === 'ok' ? storedSessionProblems(loaded.data.session, scenarios) : [];
    if (loaded.kind === 'error')
      store.setState({ storeProblem: { message: loaded.message, raw: loaded.raw } });
    else if (loaded.kind === 'ok' && problems.length > 0)
      store.setState({ storeProblem: { message: problems.join('; '), raw: loaded.raw } });
    else if (loaded.kind === 'ok') showLoaded(loaded.data);
  }

  function showLoaded(data: StoredFacilitator) {
    const { session, teams, notes } = data;
    // Re-simulate every stored team; one that no longer decodes is kept apart with its reason.
    const entries: TeamEntry[] = [];
    const stale: StaleTeam[] = [];
    const awaiting: AwaitingInput[] = [];
    for (const t of teams) {
      const input = { text: t.code, name: t.name };
      const result = checkCode(input, scenarios);
      if (result.ok) entries.push({ ...entryOf(result, t.name, session), notes: t.notes });
      else {
        stale.push({ name: t.name, code: t.code, notes: t.notes, reason: result.reason });
        // A team of a scenario opened from a file comes back once that file is opened again.
        if (result.code === 'unknown-scenario')
          awaiting.push({ input, kind: 'code', scenario: neededScenario(t.code, 'code') });
      }
    }
    store.setState({
      session,
      seedInput: session.seed,
      teams: entries,
      stale,
      awaiting,
      notes,
      view: entries.length > 0 ? 'compare' : 'prepare',
    });
  }

  applyLoaded(loaded);
  return store;
}

/**
 * What is wrong with a stored session. One of a scenario opened from a file, absent until that file is
 * opened again (the prepare step asks for it), is checked against the limits every scenario shares.
 */
function storedSessionProblems(session: Session, scenarios: readonly Scenario[]): string[] {
  const scenario = scenarios.find((sc) => sc.id === session.scenario);
  if (scenario || scenarios.length === 0) return sessionProblems(session, scenario);
  const fixed = Object.keys(session.fixedEvents ?? {});
  const last = session.turns ?? 24;
  const problems = sessionProblems(
    { ...session, scenario: scenarios[0]!.id, fixedEvents: undefined },
    scenarios[0],
  );
  if (fixed.some((turn) => !/^[1-9][0-9]?$/.test(turn) || Number(turn) > last))
    problems.push(`a fixed event comes after the last turn (${last})`);
  return problems;
}

function entryOf(result: AcceptedTeam, name: string, session: Session): TeamEntry {
  return {
    code: result.code,
    name,
    notes: result.notes ?? '',
    game: result.game,
    scenario: result.scenario,
    replay: result.replay,
    mismatch: sessionMismatch(result.game, session),
  };
}

/** The name given, else "Team N"; a taken name gets a number. */
function uniqueName(
  teams: readonly TeamEntry[],
  wanted: string | null,
  teamName: (n: number) => string,
): string {
  const taken = new Set(teams.map((t) => t.name));
  const base = wanted?.trim().slice(0, 60) || null;
  if (base && !taken.has(base)) return base;
  let n = teams.length + 1;
  const name = (k: number) => (base ? `${base} ${k}` : teamName(k));
  while (taken.has(name(n))) n++;
  return name(n);
}
