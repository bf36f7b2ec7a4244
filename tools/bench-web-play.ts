// Plays whole games through the game's real UI with the mouse, for bench:web's frame-time and heap figures.
// Selectors are the game's own ids and data-testids (src/ui); a missing one fails with what was awaited.
import type { Page } from 'playwright-core';

/**
 * The title screen with its world: the New game button shows and Phaser has launched the title scene in
 * the stage (#world carries data-scene, set by the game's BootScene). The world starts by itself once the
 * title screen is left alone (src/game/launch.ts), so the frame figures are taken with it on.
 */
const TITLE_READY = 'body:has(#world[data-scene="title"] canvas) [data-testid="screen-title"] #new-game';

const SCREENS = ['screen-play', 'screen-report', 'screen-end'] as const;
type Screen = (typeof SCREENS)[number];

/** The strategy the script plays each quarter; options a scenario lacks or that are disabled are skipped. */
const PREFERRED = {
  objective: 'retention',
  approach: 'continuity',
  voice: 'dialogue',
  governance: 'bottom-up',
  measure: ['retention', 'satisfaction', 'engagement'],
};

export async function waitForTitle(page: Page, timeout = 60_000): Promise<void> {
  try {
    await page.locator(TITLE_READY).waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`the title screen (${TITLE_READY}) did not show within ${timeout} ms on ${page.url()}`);
  }
}

async function screen(page: Page, what: string): Promise<Screen> {
  const any = page.locator(SCREENS.map((s) => `[data-testid="${s}"]`).join(', '));
  try {
    await any.first().waitFor({ state: 'visible', timeout: 60_000 });
  } catch {
    throw new Error(`no play, report or end screen appeared ${what}`);
  }
  return (await any.first().getAttribute('data-testid')) as Screen;
}

interface Option {
  id: string;
  group: string;
  checked: boolean;
  disabled: boolean;
}

// Source text, not a function: tsx would compile a function with helpers the page does not have.
const SNAPSHOT = `[...document.querySelectorAll('#panel fieldset input')].map((i) => ({
  id: i.id, group: i.closest('fieldset').id.replace(/-group$/, ''), checked: i.checked, disabled: i.disabled,
}))`;

/** Every option of the screen in one round trip: the page is slow to answer while SwiftShader draws. */
async function options(page: Page): Promise<Option[]> {
  return (await page.evaluate(SNAPSHOT)) as Option[];
}

/**
 * How long the script waits, as a team would: before each choice (ms) and on each quarter's report (ms).
 * Without a pace it clicks as fast as the page answers: a stress test, not a way anyone plays.
 */
export interface Pace {
  choice: number;
  report: number;
}

const NO_PACE: Pace = { choice: 0, report: 0 };

/** Clicks an option's label, the way a player does, after thinking for `pause` ms. */
async function click(page: Page, id: string, pause = 0): Promise<void> {
  if (pause > 0) await page.waitForTimeout(pause);
  await page.locator(`label[data-testid="${id}"]`).click();
}

/** The option to click so that a radio group has a choice: the preferred one, else the first open one. */
function radioTarget(all: Option[], group: string, preferred?: string): string | null {
  const list = all.filter((o) => o.group === group);
  const want = list.find((o) => o.id === `${group}-${preferred}` && !o.disabled);
  if (want) return want.checked ? null : want.id;
  if (list.length === 0 || list.some((o) => o.checked)) return null;
  return list.find((o) => !o.disabled)?.id ?? null;
}

async function problems(page: Page): Promise<string | null> {
  if ((await page.locator('#confirm-turn').getAttribute('aria-disabled')) !== 'true') return null;
  return ((await page.locator('#problems').textContent()) ?? 'unknown').replace(/\s+/g, ' ').trim();
}

async function decide(page: Page, pace: Pace): Promise<void> {
  let all = await options(page);
  const clicks = [
    radioTarget(all, 'approach', PREFERRED.approach),
    radioTarget(all, 'voice', PREFERRED.voice),
    radioTarget(all, 'governance', PREFERRED.governance),
    ...PREFERRED.measure.map(
      (k) => all.find((o) => o.id === `measure-${k}` && !o.checked && !o.disabled)?.id,
    ),
  ];
  // One organisational move when one is open and affordable, as a growing team would; before the event's
  // answer, so the answer is chosen from what the budget still allows.
  const move = all.find((o) => o.group === 'moves' && !o.checked && !o.disabled)?.id;
  for (const id of [...clicks, move]) if (id) await click(page, id, pace.choice);
  all = await options(page);
  const answer = radioTarget(all, 'response');
  if (answer) await click(page, answer, pace.choice);
  if ((await problems(page)) && move) {
    await click(page, move, pace.choice);
    const retry = radioTarget(await options(page), 'response');
    if (retry) await click(page, retry, pace.choice);
  }
  const left = await problems(page);
  if (left) throw new Error(`the scripted turn cannot be played: ${left}`);
  if (pace.choice > 0) await page.waitForTimeout(pace.choice);
  await page.locator('#confirm-turn').click();
}

/** From the title screen, plays one game to its end screen and goes back to the title. */
export async function playOneGame(
  page: Page,
  seed: string,
  pace: Pace = NO_PACE,
): Promise<{ turns: number; ms: number }> {
  const start = Date.now();
  await waitForTitle(page);
  await page.locator('#seed-input').fill(seed);
  await page.locator('#new-game').click();
  await page.locator('[data-testid="screen-briefing"]').waitFor({ state: 'visible' });
  const objective = radioTarget(await options(page), 'objective', PREFERRED.objective);
  if (objective) await click(page, objective);
  await page.locator('#start-game').click();
  let turns = 0;
  for (;;) {
    const now = await screen(page, `after ${turns} turns`);
    if (now === 'screen-end') break;
    if (now === 'screen-play') {
      const before = await page.locator('[data-testid="screen-play"]').getAttribute('data-turn');
      await decide(page, pace);
      turns++;
      await page
        .locator(`[data-testid="screen-report"], [data-testid="screen-end"]`)
        .first()
        .waitFor({ state: 'visible', timeout: 30_000 })
        .catch(() => {
          throw new Error(`turn ${before} was confirmed but no report followed`);
        });
    } else {
      if (pace.report > 0) await page.waitForTimeout(pace.report);
      await page.locator('#next-quarter').click();
    }
    if (turns > 40) throw new Error('the scripted game did not end after 40 turns');
  }
  await page.locator('#new-game-end').click();
  await waitForTitle(page);
  return { turns, ms: Date.now() - start };
}
