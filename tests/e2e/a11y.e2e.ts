// Accessibility audit: axe-core (WCAG 2.0 A and AA, 2.1 AA, 2.2 AA, which includes 24 px targets) on every
// screen of the game, its debrief, every step of the facilitator's page and every projector slide, in
// English and French, in the dark and the light theme. One page load per screen: late screens are reached
// from a save or a result code, and language and theme are switched on the open screen. Also: text at
// 200% loses nothing, and the toolbar is announced as expected (aria snapshots).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { encodeResultCode, resultCodeFragment } from '../../src/sim';
import { teamGames } from './facilitator-fixtures';
import {
  loadWithSave,
  planGame,
  playTurnByMouse,
  SIZES,
  saveText,
  scenario,
  waitScreen,
} from './game-driver';
import { useHarness } from './use-harness';

const h = useHarness();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
type Lang = 'en' | 'fr';
type Theme = 'dark' | 'light';

/** Serious and critical violations on the page as it is now, one line each. */
async function audit(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) on ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}: ${
          v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? ''
        }`,
    );
}

/** The look a reader's toggle gives (src/ui/design/theme.ts), set directly where a dialog covers it. */
async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);
}

async function setLanguage(page: Page, lang: Lang): Promise<void> {
  await page.locator(`#lang-${lang}`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/**
 * Audits the open screen in English with the dark theme and in French with the light one: each language
 * and each theme on every screen, in two runs rather than four (axe takes seconds a run here).
 */
const LOOKS: [Lang, Theme][] = [
  ['en', 'dark'],
  ['fr', 'light'],
];
async function everyLook(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const [lang, theme] of LOOKS) {
    await setLanguage(page, lang);
    await setTheme(page, theme);
    found.push(...(await audit(page, `${where} [${lang}, ${theme}]`)));
  }
  return found;
}

describe('accessibility', () => {
  it('every game screen passes axe in both languages and both themes', async () => {
    const planned = planGame('continuity-dialogue', 'a11y-game');
    const phaseTurn = planned.records.find((r) => r.phaseAfter > r.phaseBefore)!.turn;
    const p = await h.openPage('index.html', { viewport: SIZES.projector });
    const { page } = p;
    // No transitions: a colour half-way through one after a theme switch is not what a reader sees.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const found: string[] = [];
    await waitScreen(page, 'title');
    found.push(...(await everyLook(page, 'title')));
    await page.locator('#new-game').click();
    await waitScreen(page, 'briefing');
    found.push(...(await everyLook(page, 'briefing')));

    // Straight to the quarter before the first phase change, from a save.
    await loadWithSave(page, saveText(planned.game, phaseTurn - 1));
    await waitScreen(page, 'play', phaseTurn);
    found.push(...(await everyLook(page, 'quarter choices')));
    await setLanguage(page, 'en');
    await playTurnByMouse(page, planned.game.turns[phaseTurn - 1]!);
    await waitScreen(page, 'report', phaseTurn);
    await page.locator('[data-testid="moment-phase"]').waitFor();
    found.push(...(await everyLook(page, 'phase change')));
    await setLanguage(page, 'en');
    await page.locator('#next-quarter').click();
    await playTurnByMouse(page, planned.game.turns[phaseTurn]!);
    await waitScreen(page, 'report', phaseTurn + 1);
    found.push(...(await everyLook(page, 'quarter report')));

    // The end screen and the debrief, from the whole game's result code.
    // A new document (a hash change alone would not reload), once this one has fetched what it wanted.
    await page.waitForLoadState('networkidle');
    await page.goto('about:blank');
    await page.goto(h.url(`index.html${resultCodeFragment(encodeResultCode(scenario, planned.game))}`));
    await waitScreen(page, 'end');
    await page.locator('[data-testid="code-qr"] svg').waitFor({ state: 'attached' });
    found.push(...(await everyLook(page, 'end')));
    for (const [lang, theme] of LOOKS) {
      await setLanguage(page, lang);
      await page.locator('#open-debrief').click();
      await page.locator('[data-testid="debrief-screen"]').waitFor();
      // Every section is on the one debrief screen (the navigation scrolls to them): one per link.
      const sections = await page.locator('.debrief-section').count();
      expect(sections).toBeGreaterThanOrEqual(6);
      expect(sections).toBe(await page.locator('.debrief-nav button').count());
      await setTheme(page, theme);
      found.push(...(await audit(page, `debrief, every section [${lang}, ${theme}]`)));
      await page.locator('#close-debrief').click();
    }
    expect(found).toEqual([]);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 300_000);

  it('the facilitator page and every projector slide pass axe in both languages and both themes', async () => {
    const codes = teamGames().map((t) => t.code);
    const p = await h.openPage(`facilitator.html#codes=${codes.join(',')}`, { viewport: SIZES.projector });
    const { page } = p;
    // No transitions: a colour half-way through one after a theme switch is not what a reader sees.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const found: string[] = [];
    for (const step of ['prepare', 'collect', 'compare', 'report'] as const) {
      await page.locator(`#nav-${step}`).click();
      await page.locator(`#nav-${step}[aria-current="step"]`).waitFor();
      found.push(...(await everyLook(page, `facilitator ${step}`)));
    }
    for (const [lang, theme] of LOOKS) {
      await setLanguage(page, lang);
      await setTheme(page, theme);
      await page.locator('#open-projector').click();
      await page.locator('[data-testid="projector"]').waitFor();
      const counter = page.locator('.slide-counter');
      for (let slide = 1; ; slide++) {
        await expect.poll(() => counter.textContent()).toMatch(new RegExp(`^${slide} / `));
        found.push(...(await audit(page, `projector slide ${slide} [${lang}, ${theme}]`)));
        const [, total] = /(\d+) \/ (\d+)/.exec((await counter.textContent()) ?? '')!.map(Number);
        if (slide >= total!) break;
        await page.locator('#slide-next').click();
      }
      await page.keyboard.press('Escape');
      await page.locator('.fac-header').waitFor();
    }
    expect(found).toEqual([]);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 300_000);

  it('keeps every control reachable with text at 200%, and high contrast passes axe', async () => {
    const planned = planGame('continuity-dialogue', 'a11y-zoom');
    const p = await h.openPage('index.html', { viewport: SIZES.projector });
    const { page } = p;
    // No transitions: a colour half-way through one after a theme switch is not what a reader sees.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await loadWithSave(page, saveText(planned.game, 3));
    await waitScreen(page, 'play', 4);
    // The reader's text size doubled (the page's sizes are in rem, so everything follows).
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '212.5%';
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'no sideways scrolling at 200%').toBeLessThanOrEqual(0);
    for (const selector of [
      '#confirm-turn',
      '#menu-btn',
      '#theme-light',
      'label[data-testid^="approach-"]',
    ]) {
      const control = page.locator(selector).first();
      await control.scrollIntoViewIfNeeded();
      expect(await control.isVisible(), `${selector} at 200%`).toBe(true);
    }
    const found = await audit(page, 'quarter choices at 200%');
    // High contrast, by the reader's toggle, in both themes.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
    await page.locator('#contrast-more').click();
    expect(await page.locator('html').getAttribute('data-contrast')).toBe('more');
    found.push(...(await audit(page, 'quarter choices, high contrast dark')));
    await page.locator('#theme-light').click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    found.push(...(await audit(page, 'quarter choices, high contrast light')));
    // The choice is kept for the next visit.
    await page.reload();
    await waitScreen(page, 'play', 4);
    expect(await page.locator('#contrast-more').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    expect(found).toEqual([]);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);

  it('announces the toolbar and the decision groups as a screen reader would (aria snapshots)', async () => {
    const p = await h.openPage('index.html', { viewport: SIZES.projector });
    const { page } = p;
    // No transitions: a colour half-way through one after a theme switch is not what a reader sees.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitScreen(page, 'title');
    // The toolbar as a screen reader reads it, with the words from the catalogs (texts may be reworded).
    const topbar = (lang: Lang) =>
      [
        '- banner:',
        `  - text: ${t('app.name', {}, lang)}`,
        `  - navigation "${t('app.toolbar', {}, lang)}":`,
        `    - group "${t('lang.label', {}, lang)}":`,
        `      - button "English"${lang === 'en' ? ' [pressed]' : ''}: EN`,
        `      - button "Français"${lang === 'fr' ? ' [pressed]' : ''}: FR`,
        `    - group "${t('display.label', {}, lang)}":`,
        `      - button "${t('display.light', {}, lang)}"`,
        `      - button "${t('display.contrast', {}, lang)}"`,
        `    - button "${t('app.keys', {}, lang)}"`,
      ].join('\n');
    expect(await page.locator('header.topbar').ariaSnapshot()).toBe(topbar('en'));
    await setLanguage(page, 'fr');
    expect(await page.locator('header.topbar').ariaSnapshot()).toBe(topbar('fr'));
    await setLanguage(page, 'en');
    await loadWithSave(page, saveText(planGame('continuity-dialogue', 'a11y-aria').game, 2));
    await waitScreen(page, 'play', 3);
    const panel = await page.locator('#panel').ariaSnapshot();
    // The screen has one heading to land on, and each decision is a named group of radio buttons.
    expect(panel).toMatch(/- '?heading "[^"]+" \[level=1\]/);
    const quoted = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const key of ['play.approach', 'play.voice', 'play.governance', 'play.measure', 'play.moves']) {
      const name = t(key, { max: 0 }).split('(')[0]!.trim();
      expect(panel, `the ${key} group`).toMatch(new RegExp(`- '?group "${quoted(name)}[^"]*"`));
    }
    expect(panel).toMatch(/- '?radio "[^"]+" \[checked\]/);
    expect(panel).toContain(`button "${t('play.confirm', { turn: 3 })}"`);
    expect(p.problems()).toEqual([]);
    await p.close();
  });
});
