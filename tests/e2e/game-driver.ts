// Drives the built game the way players do, for the player-flow e2e tests: by mouse (clicks on labels and
// buttons) or by keyboard alone (Tab, arrows, Space, Enter and the game's shortcut keys). Also makes saves
// in Node, with the sim, to put a page straight into a given game.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  contextOf,
  type GameRecord,
  initialState,
  newGame,
  type Plan,
  parsePlan,
  parseScenarioText,
  planDecision,
  playPlan,
  playTurn,
  replay,
  type Scenario,
  type SimState,
  serializeSave,
  stateHash,
  type TurnDecision,
} from '../../src/sim';

export const scenario: Scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));

export const SIZES = {
  projector: { width: 1280, height: 720 },
  fullhd: { width: 1920, height: 1080 },
  tablet: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

/** Where earlier versions kept their one saved game: the page moves it into IndexedDB when it opens. */
export const SAVE_KEY = 'social-journey.save';
const TAB_GAME_KEY = 'social-journey.tab-game';

/**
 * The texts of the page's stored entries of a kind (IndexedDB, as src/store/idb-shelf.ts keeps them), last
 * written first. Read in the page, after the page has opened its database.
 */
export function storedTexts(page: Page, kind: 'games' | 'sessions' | 'notes' = 'games'): Promise<string[]> {
  return page.evaluate(
    (kind) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('social-journey', 1);
        open.onupgradeneeded = () => {
          for (const k of ['games', 'sessions', 'notes']) open.result.createObjectStore(k, { keyPath: 'id' });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(kind).objectStore(kind).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const entries = all.result as { text: string; updated: string }[];
            entries.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
            resolve(entries.map((e) => e.text));
          };
        };
      }),
    kind,
  );
}

function readPlan(planName: string) {
  return parsePlan(JSON.parse(readFileSync(`scenarios/plans/${planName}.json`, 'utf8')), scenario);
}

export function planGame(planName: string, seed: string) {
  return playPlan(scenario, seed, readPlan(planName));
}

/**
 * A reference plan played in Node beside the page, a quarter at a time: the decision to make now, and
 * after `play`, the state (and the game) the page must show.
 */
export class PlanInPlay {
  readonly game: GameRecord;
  state: SimState;
  private readonly ctx: ReturnType<typeof contextOf>;
  private readonly plan: Plan;
  private readonly queue: string[] = [];

  /** A plan of the default scenario by name, or any scenario's plan already read. */
  constructor(planName: string | Plan, seed: string, objective: string, sc: Scenario = scenario) {
    this.plan = typeof planName === 'string' ? readPlan(planName) : planName;
    this.game = newGame(sc, seed, objective);
    this.ctx = contextOf(sc, this.game);
    this.state = initialState(this.ctx, this.game.seed);
  }

  next(): TurnDecision {
    return planDecision(this.ctx, this.plan, this.state, this.queue);
  }

  play(d: TurnDecision): void {
    this.state = playTurn(this.ctx, this.state, d).state;
    this.game.turns.push(d);
  }
}

/** The save text of the first `turns` quarters of a game. */
export function saveText(game: GameRecord, turns = game.turns.length): string {
  return serializeSave(
    scenario,
    { ...game, turns: game.turns.slice(0, turns) },
    { savedAt: '2024-05-01T10:00:00.000Z' },
  );
}

/** The state hash Node computes for the first `turns` quarters of a game. */
export function hashAfter(game: GameRecord, turns = game.turns.length): string {
  const r = replay(scenario, { ...game, turns: game.turns.slice(0, turns) });
  return stateHash(r.final);
}

/**
 * Puts a save where earlier versions kept it (localStorage) and reloads, as if the players came back to it
 * after an update: the page moves it into its list and resumes it.
 */
export async function loadWithSave(page: Page, text: string): Promise<void> {
  // The reload must not cut a request (the harness counts it as failed): let the page finish loading
  // what it asked for. A key press tells the title screen a player is there, so the world does not start
  // in the next seconds; if it has started already, let it arrive.
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Shift');
  if ((await page.locator('#world[data-world="loading"]').count()) > 0) await worldReady(page);
  // An earlier version's one save slot, moved into the game list on load and resumed: the tab forgets the
  // game it was playing (src/store/tab-game.ts), else the reload would go on with that one.
  await page.evaluate(
    ([key, value, tabKey]) => {
      localStorage.setItem(key!, value!);
      sessionStorage.removeItem(tabKey!);
    },
    [SAVE_KEY, text, TAB_GAME_KEY],
  );
  await page.reload({ waitUntil: 'load' });
}

/**
 * Phaser has booted in the stage. It starts when a screen needs it, or by itself once the title screen has
 * been left alone for a moment (src/game/launch.ts): on the title, no key press or click in between.
 */
export async function worldReady(page: Page): Promise<void> {
  await page.locator('#world[data-renderer]').waitFor({ state: 'attached', timeout: 60_000 });
}

export async function shownHash(page: Page): Promise<string> {
  return (await page.locator('#app').getAttribute('data-state-hash')) ?? '';
}

export const screenSel = (name: 'title' | 'briefing' | 'play' | 'report' | 'end') =>
  `[data-testid="screen-${name}"]`;

export async function waitScreen(
  page: Page,
  name: Parameters<typeof screenSel>[0],
  turn?: number,
): Promise<void> {
  const sel = turn === undefined ? screenSel(name) : `${screenSel(name)}[data-turn="${turn}"]`;
  await page.locator(sel).waitFor({ state: 'visible', timeout: 30_000 });
}

/** From the title screen, a new game with this seed and objective, up to its first quarter. */
export async function startNewGame(page: Page, seed: string, objective = 'retention'): Promise<void> {
  await page.locator('#seed-input').fill(seed);
  await page.locator('#new-game').click();
  await waitScreen(page, 'briefing');
  await page.locator(`label[data-testid="objective-${objective}"]`).click();
  await page.locator('#start-game').click();
  await waitScreen(page, 'play', 1);
}

/**
 * The panel folds last quarter's choices into one line: unfolds them (its Change button) when the decision
 * changes one of them. True when it did.
 */
export async function unfoldCarriedFor(page: Page, d: TurnDecision): Promise<boolean> {
  const fold = page.locator('#carried');
  if ((await fold.count()) === 0) return false;
  const folded = ((await fold.getAttribute('data-fields')) ?? '').split(' ').filter(Boolean);
  let differs = false;
  for (const f of folded) {
    const kept = (await fold.getAttribute(`data-${f}`)) ?? '';
    if (f === 'measure') differs ||= [...kept.split(' ')].sort().join() !== [...d.measure].sort().join();
    else differs ||= kept !== d[f as 'approach' | 'voice' | 'governance'];
  }
  if (differs) {
    await page.locator('#change-carried').click();
    await fold.waitFor({ state: 'detached' });
  }
  return differs;
}

/** Makes a turn's decision with the mouse and plays it (in the default scenario unless told). */
export async function playTurnByMouse(page: Page, d: TurnDecision, sc: Scenario = scenario): Promise<void> {
  if (d.response) await page.locator(`label[data-testid="response-${d.response}"]`).click();
  await unfoldCarriedFor(page, d);
  // A group still folded holds what the decision wants already.
  const shown = async (group: string) => (await page.locator(`#${group}-group`).count()) > 0;
  for (const field of ['approach', 'voice', 'governance'] as const)
    if ((await shown(field)) && !(await page.locator(`input#${field}-${d[field]}`).isChecked()))
      await page.locator(`label[data-testid="${field}-${d[field]}"]`).click();
  const kpis = (await shown('measure')) ? sc.measure.kpis.map((k) => k.id) : [];
  for (const id of kpis) {
    const box = page.locator(`input#measure-${id}`);
    if ((await box.isChecked()) && !d.measure.includes(id))
      await page.locator(`label[data-testid="measure-${id}"]`).click();
  }
  for (const id of kpis.length > 0 ? d.measure : [])
    if (!(await page.locator(`input#measure-${id}`).isChecked()))
      await page.locator(`label[data-testid="measure-${id}"]`).click();
  for (const id of d.moves) await page.locator(`label[data-testid="move-${id}"]`).click();
  await page.locator('#confirm-turn').click();
}

/** The focused element shows a visible focus ring (its own outline, or its card's for a radio or box). */
export async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const ring = (x: Element | null) => {
      if (!x) return false;
      const s = getComputedStyle(x);
      return s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2;
    };
    return ring(el) || ring(el.closest('label'));
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches the selector. */
export async function tabTo(page: Page, selector: string, max = 80, back = false): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
  throw new Error(`Tab never reached ${selector}; focus is on ${at}`);
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** In a radio group focused by its shortcut key, moves with the arrow keys until `id` is checked. */
async function arrowTo(page: Page, key: string, id: string): Promise<void> {
  await page.keyboard.press(key);
  const start = await focusedId(page);
  if (!start) throw new Error(`the shortcut ${key} focused nothing`);
  if (start === id && (await page.locator(`#${id}`).isChecked())) return;
  if (start === id) {
    await page.keyboard.press('Space');
    return;
  }
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('ArrowDown');
    if ((await focusedId(page)) === id) return;
  }
  throw new Error(`arrow keys never reached ${id}`);
}

/** Makes a turn's decision with the keyboard alone and plays it (in the default scenario unless told). */
export async function playTurnByKeyboard(
  page: Page,
  d: TurnDecision,
  sc: Scenario = scenario,
): Promise<void> {
  if (d.response) await arrowTo(page, 'e', `response-${d.response}`);
  await arrowTo(page, 'a', `approach-${d.approach}`);
  await arrowTo(page, 'v', `voice-${d.voice}`);
  await arrowTo(page, 'g', `governance-${d.governance}`);
  // Measures: M jumps into the group; Tab walks the boxes, Space ticks. Untick first to make room.
  for (const pass of ['untick', 'tick'] as const) {
    await page.keyboard.press('m');
    for (let i = 0; i < sc.measure.kpis.length + 2; i++) {
      const id = await focusedId(page);
      if (!id.startsWith('measure-')) break;
      const kpi = id.slice('measure-'.length);
      const checked = await page.locator(`#${id}`).isChecked();
      const want = d.measure.includes(kpi);
      if ((pass === 'untick' && checked && !want) || (pass === 'tick' && !checked && want)) {
        await page.keyboard.press('Space');
      }
      await page.keyboard.press('Tab');
    }
  }
  for (const move of d.moves) {
    await page.keyboard.press('o');
    await tabTo(page, `#move-${move}`, 20);
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('p');
}
