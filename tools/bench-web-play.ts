// Plays whole games through the game's real UI with the mouse, for bench:web's frame-time and heap figures.
// Selectors are the game's own ids and data-testids (src/ui); a missing one fails with what was awaited.
import type { Page } from 'playwright-core';

/**
 * The title screen is usable when its New game button shows and Phaser's canvas is in place in the stage:
 * a player can start, and the world is being drawn.
 */
export const TITLE_READY = 'body:has(#world canvas) [data-testid="screen-title"] #new-game';

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
    await any.first().waitFor({ state: 'visible', timeout: 30_000 });
  } catch {
    throw new Error(`no play, report or end screen appeared ${what}`);
  }
  return (await any.first().getAttribute('data-testid')) as Screen;
}

/** Clicks the label of an option (the way a player does) unless it is already checked or disabled. */
async function pick(page: Page, id: string): Promise<boolean> {
  const input = page.locator(`input#${id}`);
  if ((await input.count()) === 0 || (await input.isDisabled()) || (await input.isChecked())) return false;
  await page.locator(`label[data-testid="${id}"]`).click();
  return true;
}

/** Makes sure a radio group has a choice: the preferred one if possible, else its first enabled option. */
async function pickInGroup(page: Page, group: string, preferred?: string): Promise<void> {
  const box = page.locator(`#${group}-group`);
  if ((await box.count()) === 0) return;
  if (preferred && (await pick(page, `${group}-${preferred}`))) return;
  if ((await box.locator('input:checked').count()) > 0) return;
  const first = box.locator('input:not(:disabled)').first();
  if ((await first.count()) > 0) await pick(page, (await first.getAttribute('id'))!);
}

async function decide(page: Page): Promise<void> {
  await pickInGroup(page, 'response');
  await pickInGroup(page, 'approach', PREFERRED.approach);
  await pickInGroup(page, 'voice', PREFERRED.voice);
  await pickInGroup(page, 'governance', PREFERRED.governance);
  for (const kpi of PREFERRED.measure) await pick(page, `measure-${kpi}`);
  // One organisational move when one is open and affordable: the script grows the programme as a team would.
  const move = page.locator('#moves-group input:not(:disabled):not(:checked)').first();
  if ((await move.count()) > 0) await pick(page, (await move.getAttribute('id'))!);
  const confirm = page.locator('#confirm-turn');
  if ((await confirm.getAttribute('aria-disabled')) === 'true') {
    const why = await page.locator('#problems').textContent();
    throw new Error(`the scripted turn cannot be played: ${why?.replace(/\s+/g, ' ').trim()}`);
  }
  await confirm.click();
}

/** From the title screen, plays one game to its end screen and goes back to the title. */
export async function playOneGame(page: Page, seed: string): Promise<{ turns: number; ms: number }> {
  const start = Date.now();
  await waitForTitle(page);
  await page.locator('#seed-input').fill(seed);
  await page.locator('#new-game').click();
  await page.locator('[data-testid="screen-briefing"]').waitFor({ state: 'visible' });
  await pickInGroup(page, 'objective', PREFERRED.objective);
  await page.locator('#start-game').click();
  let turns = 0;
  for (;;) {
    const now = await screen(page, `after ${turns} turns`);
    if (now === 'screen-end') break;
    if (now === 'screen-play') {
      const before = await page.locator('[data-testid="screen-play"]').getAttribute('data-turn');
      await decide(page);
      turns++;
      await page
        .locator(`[data-testid="screen-report"], [data-testid="screen-end"]`)
        .first()
        .waitFor({ state: 'visible', timeout: 30_000 })
        .catch(() => {
          throw new Error(`turn ${before} was confirmed but no report followed`);
        });
    } else await page.locator('#next-quarter').click();
    if (turns > 40) throw new Error('the scripted game did not end after 40 turns');
  }
  await page.locator('#new-game-end').click();
  await waitForTitle(page);
  return { turns, ms: Date.now() - start };
}
