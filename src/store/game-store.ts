// The one place that holds the game. Screens read it and call its actions; every action that changes the
// game goes through the sim (newGame, playTurn, replay), so a scene or a panel never applies a rule.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { retryPoint } from '../analysis/retry';
import { type Session, type SessionLinkResult, sessionProblems, sessionSetup } from '../analysis/session';
import type { Lang, Params } from '../i18n';
import type { RoomView } from '../room/view';
import {
  branchGame,
  contextOf,
  firstGameOf,
  GameError,
  type GameRecord,
  initialState,
  newGame,
  playTurn,
  type Replay,
  replay,
  replayFirstGame,
  type Scenario,
  type ScenarioProblem,
  type SimState,
  type TurnDecision,
  type TurnRecord,
} from '../sim';
import { cleanDecision, firstDraft, toggleChoice } from './draft';
import type { GameListEntry } from './game-list';
import { type Codec, loadCodec, loadedCodec } from './load-codec';
import { type KeyValueStorage, rememberLanguage } from './persist';
import { checkScenarioFile, type ScenarioFileInput, withScenario } from './scenarios';
import { cleanSeed, drawSeed } from './seed';
import { newEntryId, type Shelf, type WriteResult } from './shelf';

export type { GameListEntry } from './game-list';

export type Screen = 'title' | 'briefing' | 'play' | 'end';
/** Within the play screen: choosing the quarter's decisions, or reading what happened. */
export type PlayView = 'decide' | 'report';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  /** i18n key of the message, with its params. */
  key: string;
  params?: Params;
  /** Technical detail for a facilitator (a save's exact problem), shown folded. */
  detail?: string;
}

export interface GameData {
  scenarios: Scenario[];
  scenario: Scenario;
  /** The game page's language (its texts, world and debrief read it through src/i18n); set by setLanguage only. */
  language: Lang;
  screen: Screen;
  view: PlayView;
  /** The seed typed or drawn on the title screen. */
  seed: string;
  /** The objective chosen in the briefing, before the game starts. */
  objective: string | null;
  game: GameRecord | null;
  initial: SimState | null;
  records: TurnRecord[];
  current: SimState | null;
  /** For a practice branch (game.branch): the replay of the team's first game, its result. */
  first: Replay | null;
  draft: TurnDecision | null;
  /**
   * Whether the choices carried over from last quarter are unfolded for changing; folded (false) at the
   * start of every quarter, so a quarter's decisions fit on a screen or two.
   */
  carriedOpen: boolean;
  notices: Notice[];
  /** The games stored in this browser, last saved first (damaged ones too, with their reason). */
  library: GameListEntry[];
  /** The game just deleted from the list, kept in memory so the players can undo it. */
  deleted: { entry: GameListEntry; text: string } | null;
  /** The stored game on screen (its id in the list); null for a game opened from a code. */
  gameId: string | null;
  /** The debrief notes of the game on screen. */
  notes: string;
  /** Why this browser refuses to keep anything (the game is then kept only while the page is open). */
  storageRefused: string | null;
  /** 'code' when the game on screen was opened from a result code: it is shown, not saved over. */
  source: 'play' | 'code';
  /** The facilitator's session this page was opened with (a #setup= link): its seed and setup apply. */
  session: Session | null;
  /** The live room this page plays in (src/ui/room), or null: the game then runs alone, as always. */
  room: RoomView | null;
  /** The last custom scenario file that could not be opened, with every problem found in it. */
  scenarioFile: { file: string; problems: ScenarioProblem[] } | null;
  /**
   * True once another tab has saved over (or deleted) the game this tab holds: this tab then stops saving
   * it (it would overwrite the other's game) and says so; the title screen's list shows what is stored.
   */
  otherTab: boolean;
  /** A session link whose scenario comes from a file this page has not opened yet: joined once it is. */
  sessionAwaitingFile: Session | null;
  /** Whether the browser agreed to keep this site's data (navigator.storage.persist); null: not asked. */
  storagePersisted: boolean | null;
}

export interface GameActions {
  /** Switches the page's language, and remembers it for the next visit. */
  setLanguage(lang: Lang): void;
  selectScenario(id: string): void;
  /**
   * Opens a custom scenario file: checked first; if it is sound it joins the list (built-in scenarios
   * untouched) and is selected, else its problems are kept in `scenarioFile`. Resolves to whether it opened.
   */
  openScenarioFile(file: ScenarioFileInput): Promise<boolean>;
  dismissScenarioFile(): void;
  setSeed(seed: string): void;
  drawSeed(): void;
  /** From the title screen to the briefing; false (with a notice) when the seed is not usable. */
  toBriefing(): boolean;
  chooseObjective(id: string): void;
  /** Joins a facilitator's session: its scenario, seed, length and fixed events; false (with a notice) if broken. */
  joinSession(link: SessionLinkResult): boolean;
  /** Starts a game with the given (or the chosen) seed and objective, and saves it as a new game of the list. */
  startGame(seed?: string, objective?: string): boolean;
  setDraft(patch: Partial<TurnDecision>): void;
  toggleMeasure(kpi: string): void;
  toggleMove(move: string): void;
  /** Unfolds the choices carried over from last quarter, to change them. */
  openCarried(): void;
  /** Plays the drafted quarter through the sim; null (with a notice) if the sim refuses it. */
  confirmTurn(): TurnRecord | null;
  /** After reading a quarter's report: the next quarter, or the end screen. */
  nextQuarter(): void;
  /**
   * From the end screen of a failed game (analysis/retry.ts): a practice branch that replays the team's
   * decisions up to the quarter before the failure, as a new game of the list; the game it comes from is
   * left exactly as it is. False (nothing changes) for a game that did not fail, one opened from a code,
   * or one played in a live room (the room keeps the team's one game).
   */
  tryAgain(): boolean;
  /**
   * Loads a stored game (by default the last saved); false (with a notice) when there is none or it cannot
   * be read. Also false while the codec loads (see load-codec.ts); the game then resumes once it has.
   */
  resume(id?: string): boolean;
  /** Deletes a stored game; it can be brought back with undoDelete until another is deleted. */
  deleteGame(id: string): void;
  undoDelete(): void;
  /** Back to the title screen; the stored games stay. */
  toTitle(): void;
  /**
   * Opens a result code (a team's game) on the end screen, without touching the save. Also false while the
   * codec loads; the code then opens once it has.
   */
  loadResultCode(code: string): boolean;
  /** The current game's result code, or null if it cannot be written as one (or the codec has not loaded). */
  resultCode(): string | null;
  /** For a practice branch: the result code of the team's first game (its result); else null. */
  firstResultCode(): string | null;
  /** The debrief notes kept with the game on screen ('' when none, or before the codec has loaded). */
  readNotes(): string;
  /** Keeps the debrief notes with the game on screen; false when they cannot be kept. */
  writeNotes(notes: string): boolean;
  /** Another tab changed the stored games: refresh the list, and stop saving over a game it changed. */
  storageChanged(): void;
  /** What the browser answered to navigator.storage.persist(). */
  setStoragePersisted(granted: boolean): void;
  dismissNotice(id: number): void;
  /** The live room's view of this page (set by the room client only). */
  setRoom(room: RoomView | null): void;
  /** Shows the game the live room's server holds for this team (its truth), replayed by the caller. */
  adoptGame(game: GameRecord, replayed: Replay): boolean;
  /** Shows a problem the game did not expect (an uncaught error), so the page never just stops. */
  reportUnexpected(detail: string): void;
}

export type GameStore = GameData & GameActions;

export interface GameStoreOptions {
  scenarios: Scenario[];
  /** Where games and notes are kept (shelf.ts); without one nothing is kept. */
  shelf?: Shelf | null;
  /** Where the language is remembered (the page's localStorage, or the learning platform's). */
  settings?: KeyValueStorage | null;
  /** The page's first language (persist.ts firstLanguage); English by default. */
  language?: Lang;
  seed?: string;
  /** The time stamp written into saves; the browser's clock by default (never read by the sim). */
  now?: () => string;
  /** A new game's id in the list; random by default. */
  newId?: () => string;
}

/** At most this many notes of games opened from a code are kept (the oldest go first). */
const MAX_CODE_NOTES = 200;

let nextNoticeId = 1;

export function createGameStore(options: GameStoreOptions): StoreApi<GameStore> {
  const shelf = options.shelf ?? null;
  const settings = options.settings ?? null;
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? (() => newEntryId('g'));
  const scenario = options.scenarios[0];
  if (!scenario) throw new Error('createGameStore needs at least one scenario');

  return createStore<GameStore>()((set, get) => {
    const notify = (kind: Notice['kind'], key: string, params?: Params, detail?: string) => {
      const notice: Notice = { id: nextNoticeId++, kind, key, params, detail };
      set({ notices: [...get().notices.filter((n) => n.key !== key), notice] });
    };
    // The warning that nothing is kept stays until the players close it: it holds for the whole visit.
    const clearNotices = () =>
      set({ notices: get().notices.filter((n) => n.key === 'notice.storageRefused') });

    /**
     * Runs what needs the codec: now if it has loaded (always so once the page has opened a save or a code),
     * else as soon as it has, in the order asked. If it cannot load, `failed` is said as a notice.
     */
    const withCodec = (run: (codec: Codec) => void, failed: string) => {
      const codec = loadedCodec();
      if (codec) run(codec);
      else loadCodec().then(run, (e: unknown) => notify('error', failed, undefined, String(e)));
    };

    let list: ReturnType<Codec['gameLister']> | null = null;
    const listed = (codec: Codec, scenarios: readonly Scenario[] = get().scenarios) => {
      list ??= codec.gameLister();
      return shelf ? list(shelf.list('games'), scenarios) : [];
    };
    /** Reads the list again (after a write, another tab's change, a scenario file): now, or once the codec has loaded. */
    const refreshList = () => {
      const codec = loadedCodec();
      if (codec) set({ library: listed(codec) });
      else if (shelf && shelf.list('games').length > 0)
        withCodec((c) => set({ library: listed(c) }), 'notice.unexpected');
    };

    const afterWrite = (result: WriteResult) => {
      if (result === 'ok') {
        // Space again (a game was deleted, say): the notice that storage is full no longer holds.
        if (get().notices.some((n) => n.key === 'notice.storageFull'))
          set({ notices: get().notices.filter((n) => n.key !== 'notice.storageFull') });
        refreshList();
      } else if (result === 'conflict') tellOtherTab();
      else notify('error', result === 'full' ? 'notice.storageFull' : 'notice.saveFailed');
    };
    const tellOtherTab = () => {
      if (get().otherTab) return;
      set({ otherTab: true });
      notify('error', 'notice.otherTab');
    };

    /** Saves the game on screen (with its notes) over what this tab last read or wrote of it. */
    const save = (game: GameRecord, fresh = false) => {
      const id = get().gameId;
      if (!shelf || !id) return;
      const sc = get().scenario;
      withCodec((codec) => {
        if (get().otherTab || get().gameId !== id) return;
        const notes = get().notes;
        const text = codec.serializeSave(sc, game, { savedAt: now(), ...(notes ? { notes } : {}) });
        shelf.put('games', id, text, fresh ? 'new' : 'claimed').then(afterWrite);
      }, 'notice.saveFailed');
    };

    /** A game of the scenario on screen as a result code; null if it cannot be one or the codec has not loaded. */
    const codeOf = (game: GameRecord): string | null => {
      const codec = loadedCodec();
      if (!codec) return null;
      try {
        return codec.encodeResultCode(get().scenario, game);
      } catch {
        return null;
      }
    };

    /** Puts a replayed game on screen: the end screen if it is over, else the next quarter to decide. */
    const show = (
      sc: Scenario,
      game: GameRecord,
      initial: SimState,
      records: TurnRecord[],
      source: GameData['source'],
    ) => {
      const current = records.at(-1)?.state ?? initial;
      let first: Replay | null = null;
      try {
        first = replayFirstGame(sc, game);
      } catch {
        // Loaders refuse such a branch before it gets here; a room's game never is one.
      }
      set({
        scenario: sc,
        game,
        initial,
        records,
        current,
        first,
        objective: game.objective,
        seed: game.seed,
        source,
        screen: current.ending || source === 'code' ? 'end' : 'play',
        view: 'decide',
        draft: current.ending ? null : firstDraft(contextOf(sc, game), current, game.turns.at(-1)),
        carriedOpen: false,
      });
    };

    // main.ts loads the codec first when games are stored; without it, the list comes once it has loaded.
    const firstCodec = loadedCodec();
    const initialLibrary = firstCodec && shelf ? listed(firstCodec, options.scenarios) : [];
    if (!firstCodec && shelf && shelf.list('games').length > 0)
      withCodec((c) => set({ library: listed(c) }), 'notice.unexpected');

    return {
      scenarios: options.scenarios,
      scenario,
      language: options.language ?? 'en',
      screen: 'title',
      view: 'decide',
      seed: options.seed ?? drawSeed(),
      objective: null,
      game: null,
      initial: null,
      records: [],
      current: null,
      first: null,
      draft: null,
      carriedOpen: false,
      notices:
        shelf?.durability === 'page' && shelf.refusal
          ? [{ id: nextNoticeId++, kind: 'error', key: 'notice.storageRefused', detail: shelf.refusal }]
          : [],
      library: initialLibrary,
      deleted: null,
      gameId: null,
      notes: '',
      storageRefused: shelf?.durability === 'page' ? shelf.refusal : null,
      source: 'play',
      session: null,
      room: null,
      scenarioFile: null,
      otherTab: false,
      sessionAwaitingFile: null,
      storagePersisted: null,

      setLanguage(lang) {
        rememberLanguage(settings, lang);
        set({ language: lang });
      },

      selectScenario(id) {
        if (get().session) return;
        const found = get().scenarios.find((s) => s.id === id);
        if (found) set({ scenario: found, objective: null });
      },

      async openScenarioFile(file) {
        const result = await checkScenarioFile(file);
        if (!result.ok) {
          set({ scenarioFile: { file: result.file, problems: result.problems } });
          return false;
        }
        const scenarios = withScenario(get().scenarios, result.scenario);
        const selected = get().session ? {} : { scenario: result.scenario, objective: null };
        set({ scenarios, scenarioFile: null, ...selected });
        notify('info', 'notice.scenarioOpened', { title: result.scenario.title[get().language] });
        const waiting = get().sessionAwaitingFile;
        if (waiting?.scenario === result.scenario.id) {
          set({
            sessionAwaitingFile: null,
            notices: get().notices.filter((n) => n.key !== 'notice.sessionNeedsFile'),
          });
          get().joinSession({ ok: true, session: waiting });
        }
        // A stored game of this scenario can be resumed now.
        refreshList();
        return true;
      },

      dismissScenarioFile() {
        set({ scenarioFile: null });
      },

      setSeed(seed) {
        if (!get().session) set({ seed });
      },

      joinSession(link) {
        if (!link.ok) {
          notify('error', 'notice.sessionInvalid', undefined, link.problem);
          return false;
        }
        const session = link.session;
        const scenario = get().scenarios.find((sc) => sc.id === session.scenario);
        if (!scenario) {
          // Perhaps a scenario written by the facilitator: the team opens its file, then joins.
          set({ sessionAwaitingFile: session });
          notify('error', 'notice.sessionNeedsFile', { id: session.scenario });
          return false;
        }
        const problems = sessionProblems(session, scenario);
        if (!scenario || problems.length > 0) {
          notify('error', 'notice.sessionInvalid', undefined, problems.join('; '));
          return false;
        }
        set({ session, scenario, seed: session.seed, objective: null });
        return true;
      },

      drawSeed() {
        if (!get().session) set({ seed: drawSeed() });
      },

      toBriefing() {
        const seed = cleanSeed(get().seed);
        if (!seed) {
          notify('error', 'notice.seedInvalid');
          return false;
        }
        clearNotices();
        set({ seed, screen: 'briefing', objective: get().objective });
        // The game starts from the briefing and is saved at once: have the codec ready by then.
        loadCodec().catch(() => {});
        return true;
      },

      chooseObjective(id) {
        if (get().scenario.objectives.some((o) => o.id === id)) set({ objective: id });
      },

      startGame(seedArg, objectiveArg) {
        const s = get();
        const seed = cleanSeed(seedArg ?? s.seed);
        const objective = objectiveArg ?? s.objective;
        if (!seed) {
          notify('error', 'notice.seedInvalid');
          return false;
        }
        if (!objective) {
          notify('error', 'notice.objectiveMissing');
          return false;
        }
        let game: GameRecord;
        try {
          game = newGame(s.scenario, seed, objective, s.session ? sessionSetup(s.session) : {});
        } catch (e) {
          notify('error', 'notice.startFailed', undefined, (e as Error).message);
          return false;
        }
        const initial = initialState(contextOf(s.scenario, game), seed);
        clearNotices();
        // A new game of the list: it replaces none of the stored ones.
        set({ otherTab: false, gameId: newId(), notes: '', deleted: null });
        show(s.scenario, game, initial, [], 'play');
        save(game, true);
        return true;
      },

      setDraft(patch) {
        const draft = get().draft;
        if (draft) set({ draft: { ...draft, ...patch } });
      },

      toggleMeasure(kpi) {
        const { draft, scenario: sc, game, current } = get();
        if (draft && game && current)
          set({ draft: toggleChoice(contextOf(sc, game), current, draft, 'measure', kpi) });
      },

      toggleMove(move) {
        const { draft, scenario: sc, game, current } = get();
        if (draft && game && current)
          set({ draft: toggleChoice(contextOf(sc, game), current, draft, 'moves', move) });
      },

      openCarried() {
        if (get().draft) set({ carriedOpen: true });
      },

      confirmTurn() {
        const s = get();
        if (!s.game || !s.current || !s.draft || s.source !== 'play' || s.view !== 'decide') return null;
        if (s.room?.lock) {
          notify('info', s.room.lock.key, s.room.lock.params);
          return null;
        }
        const decision = cleanDecision(s.draft);
        let record: TurnRecord;
        try {
          record = playTurn(contextOf(s.scenario, s.game), s.current, decision);
        } catch (e) {
          if (!(e instanceof GameError)) throw e;
          notify('error', 'notice.turnRefused', undefined, e.message);
          return null;
        }
        const game: GameRecord = { ...s.game, turns: [...s.game.turns, decision] };
        clearNotices();
        set({ game, records: [...s.records, record], current: record.state, view: 'report', draft: null });
        save(game);
        return record;
      },

      nextQuarter() {
        const s = get();
        if (!s.current || !s.game || s.view !== 'report') return;
        if (s.current.ending) set({ screen: 'end', view: 'decide' });
        else
          set({
            view: 'decide',
            draft: firstDraft(contextOf(s.scenario, s.game), s.current, s.game.turns.at(-1)),
            carriedOpen: false,
          });
      },

      tryAgain() {
        const s = get();
        if (!s.game || !s.initial || !s.current || s.source !== 'play' || s.room) return false;
        const point = retryPoint(s.scenario, { initial: s.initial, records: s.records, final: s.current });
        if (!point) return false;
        let game: GameRecord;
        let played: Replay;
        try {
          game = branchGame(s.game, point.from);
          // The sim's own replay: the branch's states are the first game's, bit for bit.
          played = replay(s.scenario, game);
        } catch (e) {
          if (!(e instanceof GameError)) throw e;
          notify('error', 'notice.startFailed', undefined, e.message);
          return false;
        }
        clearNotices();
        // A new game of the list, like a new game: the one it comes from is never written again.
        set({ otherTab: false, gameId: newId(), notes: '', deleted: null });
        show(s.scenario, game, played.initial, played.records, 'play');
        save(game, true);
        return true;
      },

      resume(wanted) {
        const codec = loadedCodec();
        if (!codec) {
          withCodec(() => get().resume(wanted), 'notice.unexpected');
          return false;
        }
        const entry = wanted === undefined ? shelf?.list('games')[0] : shelf?.get('games', wanted);
        if (!shelf || !entry) {
          set({ library: listed(codec) });
          notify('info', 'notice.noSave');
          return false;
        }
        const loaded = codec.readSave(entry.text, get().scenarios);
        if (loaded.kind === 'error') {
          set({ screen: 'title', library: listed(codec) });
          notify('error', `notice.save.${loaded.code}`, undefined, loaded.message);
          return false;
        }
        // This tab now plays this game as it is stored: its next save writes over exactly that.
        shelf.claim('games', entry.id);
        const { game, scenario: sc, replay, notes } = loaded.save;
        clearNotices();
        set({ otherTab: false, gameId: entry.id, notes: notes ?? '', deleted: null });
        show(sc, game, replay.initial, replay.records, 'play');
        return true;
      },

      deleteGame(id) {
        const entry = shelf?.get('games', id);
        if (!shelf || !entry) return;
        const shown = get().library.find((g) => g.id === id);
        shelf.remove('games', id).then((result) => {
          if (result !== 'ok') return afterWrite(result);
          if (shown) set({ deleted: { entry: shown, text: entry.text } });
          if (get().gameId === id) set({ gameId: null });
          refreshList();
        });
      },

      undoDelete() {
        const deleted = get().deleted;
        if (!shelf || !deleted) return;
        set({ deleted: null });
        shelf.put('games', deleted.entry.id, deleted.text, 'new').then(afterWrite);
      },

      toTitle() {
        set({ screen: 'title', view: 'decide', source: 'play' });
        refreshList();
      },

      loadResultCode(code) {
        const codec = loadedCodec();
        if (!codec) {
          withCodec(() => get().loadResultCode(code), 'notice.unexpected');
          return false;
        }
        try {
          const decoded = codec.decodeResultCode(code, get().scenarios);
          clearNotices();
          const canonical = codec.encodeResultCode(decoded.scenario, decoded.game);
          set({ gameId: null, notes: shelf?.get('notes', canonical)?.text ?? '' });
          show(decoded.scenario, decoded.game, decoded.replay.initial, decoded.replay.records, 'code');
          return true;
        } catch (e) {
          if (!(e instanceof codec.ResultCodeError)) throw e;
          notify('error', `notice.code.${e.code}`, undefined, e.message);
          return false;
        }
      },

      resultCode() {
        const game = get().game;
        return game ? codeOf(game) : null;
      },

      firstResultCode() {
        const first = get().game && firstGameOf(get().game!);
        return first ? codeOf(first) : null;
      },

      readNotes() {
        return get().game ? get().notes : '';
      },

      writeNotes(text) {
        const s = get();
        const notes = text.slice(0, 2000);
        if (!s.game || !shelf) return false;
        if (s.source === 'play') {
          if (s.otherTab || !s.gameId) return false;
          set({ notes });
          save(s.game);
          return true;
        }
        // A game opened from a code: its notes are kept by its code, apart from the stored games.
        const code = get().resultCode();
        if (!code) return false;
        set({ notes });
        const done = notes ? shelf.put('notes', code, notes, 'any') : shelf.remove('notes', code);
        done.then((result) => {
          if (result !== 'ok') return afterWrite(result);
          for (const old of shelf.list('notes').slice(MAX_CODE_NOTES)) void shelf.remove('notes', old.id);
        });
        return true;
      },

      setStoragePersisted(granted) {
        set({ storagePersisted: granted });
      },

      storageChanged() {
        refreshList();
        const { gameId, game, source, otherTab } = get();
        // The game this tab plays was saved over, or deleted, by another tab: stop saving it.
        if (shelf && gameId && game && source === 'play' && !otherTab && shelf.stale('games', gameId))
          tellOtherTab();
      },

      dismissNotice(id) {
        set({ notices: get().notices.filter((n) => n.id !== id) });
      },

      setRoom(room) {
        set({ room });
      },

      adoptGame(game, replayed) {
        const s = get();
        const sc = s.scenarios.find((x) => x.id === game.scenario.id);
        if (!sc) return false;
        // Reading the last quarter's report: stay on it when only the next quarter's event changed.
        const reading = s.view === 'report' && s.game?.turns.length === game.turns.length;
        // The room's game is this tab's game when it is that game played on; otherwise (a team that joined
        // after another game) it becomes a new game of the list, never written over another.
        const same =
          s.source === 'play' &&
          s.gameId !== null &&
          s.game?.seed === game.seed &&
          s.game.scenario.id === game.scenario.id &&
          s.game.objective === game.objective;
        const fresh = !same;
        if (fresh) set({ gameId: newId(), notes: '', otherTab: false });
        show(sc, game, replayed.initial, replayed.records, 'play');
        if (reading && !replayed.final.ending) set({ view: 'report', draft: null });
        save(game, fresh);
        return true;
      },

      reportUnexpected(detail) {
        notify('error', 'notice.unexpected', undefined, detail);
      },
    };
  });
}

/**
 * What a page load finds: a result code in the address opens it; a session link sets up the title screen;
 * else the game this tab was playing (or the one moved in from an earlier version's save) resumes.
 */
export function bootStore(
  store: StoreApi<GameStore>,
  fragmentCode: string | null,
  sessionLink: SessionLinkResult | null = null,
  resumeId: string | null = null,
) {
  const s = store.getState();
  // A session link sets up the title screen; the team still chooses between a new game and its list.
  if (sessionLink) {
    s.joinSession(sessionLink);
    return;
  }
  if (fragmentCode) {
    s.loadResultCode(fragmentCode);
    return;
  }
  if (resumeId !== null) s.resume(resumeId);
}
