// The language belongs to the store of each page. On the game page one switch moves the DOM panels, the
// world's words (Phaser's label layer) and <html lang> together, the debrief opened there speaks it too,
// and the choice is remembered; the facilitator page holds its own, and its team debrief follows it.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import fr from '../../src/i18n/fr.json';
import { teamGames } from './facilitator-fixtures';
import { SIZES, waitScreen, worldReady } from './game-driver';
import { RESULTS_DIR, waitForSelector } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

/** The words the world shows over its canvas (src/game/world/text.ts). */
const worldWords = (page: Page) =>
  page.evaluate(() => document.querySelector('.world-labels')?.textContent ?? '');
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

async function waitWorldSays(page: Page, words: string): Promise<void> {
  await page.waitForFunction(
    (w) => (document.querySelector('.world-labels')?.textContent ?? '').includes(w),
    words,
    { timeout: 30_000 },
  );
}

describe('the language', () => {
  it('switches the title screen, the world and <html lang> together, and the debrief follows', async () => {
    const p = await h.openPage('index.html', { viewport: SIZES.projector, locale: 'en-US' });
    const { page } = p;
    await waitScreen(page, 'title');
    await worldReady(page);
    await waitWorldSays(page, en.title.canvasTagline);
    expect(await htmlLang(page)).toBe('en');
    expect(await page.locator('#new-game').textContent()).toBe(en.title.newGame);

    await page.locator('#lang-fr').click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    // The panel, the button's state and the world, from the one change of the game store.
    expect(await page.locator('#new-game').textContent()).toBe(fr.title.newGame);
    expect(await page.locator('#lang-fr').getAttribute('aria-pressed')).toBe('true');
    await waitWorldSays(page, fr.title.canvasTagline);
    expect(await worldWords(page)).not.toContain(en.title.canvasTagline);
    await page.screenshot({ path: join(RESULTS_DIR, 'language-title-fr-1280x720.png') });

    // Back to English and again to French: no text is left in the other language.
    await page.locator('#lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitWorldSays(page, en.title.canvasTagline);
    expect(await page.locator('#new-game').textContent()).toBe(en.title.newGame);
    await page.locator('#lang-fr').click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await waitWorldSays(page, fr.title.canvasTagline);

    // Remembered: a team's game opened from its code in this browser comes up in French, world included,
    // and the debrief opened from its end screen speaks the game's language.
    const team = teamGames()[0]!;
    await page.goto('about:blank');
    await page.goto(h.url(`index.html#code=${team.code}`), { waitUntil: 'load' });
    await waitScreen(page, 'end');
    expect(await htmlLang(page)).toBe('fr');
    const ending = team.played.final.ending ?? 'unfinished';
    await worldReady(page);
    await waitWorldSays(page, fr.ending[ending as keyof typeof fr.ending].title);
    await page.locator('#open-debrief').click();
    await waitForSelector(p, '[data-testid="debrief-screen"]', 'the debrief');
    expect(await page.locator('[data-testid="debrief-screen"]').getAttribute('lang')).toBe('fr');
    expect(await page.locator('#debrief-title').textContent()).toBe(
      fr.debrief.title.replace('{name}', fr.debrief.yourTeam),
    );
    expect(await htmlLang(page)).toBe('fr');
    await page.screenshot({ path: join(RESULTS_DIR, 'language-debrief-fr-1280x720.png') });
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 180_000);

  it('comes from the browser on a first visit', async () => {
    const p = await h.openPage('index.html', { viewport: SIZES.projector, locale: 'fr-FR' });
    await waitScreen(p.page, 'title');
    expect(await htmlLang(p.page)).toBe('fr');
    expect(await p.page.locator('#new-game').textContent()).toBe(fr.title.newGame);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 60_000);

  it("is the facilitator page's own, and its team debrief follows it", async () => {
    const team = teamGames()[0]!;
    const game = await h.openPage('index.html', { viewport: SIZES.projector, locale: 'en-US' });
    await waitScreen(game.page, 'title');
    // The facilitator's page in a second tab of the same browser, with a team collected from a link.
    const fac = await game.context.newPage();
    const facErrors: string[] = [];
    fac.on('pageerror', (e) => facErrors.push(e.message));
    fac.on('console', (m) => m.type() === 'error' && facErrors.push(m.text()));
    await fac.goto(h.url(`facilitator.html#codes=${team.code}`), { waitUntil: 'load' });
    await fac.locator('.fac-title').waitFor({ state: 'visible' });
    expect(await htmlLang(fac)).toBe('en');

    // The facilitator switches to French: the game tab stays English, and the other way round.
    await fac.locator('#lang-fr').click();
    await fac.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await fac.locator('.fac-title').textContent()).toBe(fr.facilitator.pageTitle);
    expect(await htmlLang(game.page)).toBe('en');
    expect(await game.page.locator('#new-game').textContent()).toBe(en.title.newGame);
    await game.page.locator('#lang-fr').click();
    await game.page.waitForFunction(() => document.documentElement.lang === 'fr');
    await fac.locator('#lang-en').click();
    await fac.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await htmlLang(game.page)).toBe('fr');
    expect(await game.page.locator('#new-game').textContent()).toBe(fr.title.newGame);

    // A team's debrief on the facilitator page speaks the facilitator's language, and switches with it.
    await fac.locator('[data-testid="compare-table"] .link-button').first().click();
    await fac.locator('[data-testid="debrief-screen"]').waitFor({ state: 'visible' });
    expect(await fac.locator('[data-testid="debrief-screen"]').getAttribute('lang')).toBe('en');
    expect(await fac.locator('#debrief-back').textContent()).toBe(en.debrief.back);
    await fac.locator('#lang-fr').click();
    await fac.waitForFunction(
      () => document.querySelector('[data-testid="debrief-screen"]')?.getAttribute('lang') === 'fr',
    );
    expect(await fac.locator('#debrief-back').textContent()).toBe(fr.debrief.back);
    expect(await htmlLang(fac)).toBe('fr');
    expect(game.problems()).toEqual([]);
    expect(facErrors).toEqual([]);
    await game.close();
  }, 180_000);
});
