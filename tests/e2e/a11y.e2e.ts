// Accessibility audit: axe-core (WCAG 2.0 A and AA, 2.1 AA, 2.2 AA, which includes 24 px targets) on every
// screen of the game, its debrief, every step of the facilitator's page, every projector slide and the
// live board (with the real room server), in every look the design system offers: English and French,
// each in the dark and the light theme, each normal and in high contrast. One page load per screen: late
// screens are reached from a save or a result code, and language and look are switched on the open
// screen (the title screen twice: a first visit, and with a game in its list). Also: text at 200% loses
// nothing, and the toolbar is announced as expected (aria snapshots).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { EV, ROOM_PROTOCOL } from '../../src/room/protocol';
import {
  contextOf,
  encodeResultCode,
  type GameRecord,
  initialState,
  resultCodeFragment,
} from '../../src/sim';
import { teamGames } from './facilitator-fixtures';
import {
  loadWithSave,
  PlanInPlay,
  planGame,
  playTurnByMouse,
  SIZES,
  saveText,
  scenario,
  waitScreen,
} from './game-driver';
import { openPageAt } from './harness';
import { ROOM_TEST_KEY, startRoomProcess } from './room-process';
import { useHarness } from './use-harness';

const h = useHarness();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
type Lang = 'en' | 'fr';
type Theme = 'dark' | 'light';
interface Display {
  theme: Theme;
  contrast: boolean;
}

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

/** Every look of the design system (src/ui/design/theme.ts): both themes, each normal and high contrast. */
const DISPLAYS: Display[] = [
  { theme: 'dark', contrast: false },
  { theme: 'light', contrast: false },
  { theme: 'dark', contrast: true },
  { theme: 'light', contrast: true },
];
const LANGS: Lang[] = ['en', 'fr'];
const lookName = (lang: Lang, d: Display) => `${lang}, ${d.theme}${d.contrast ? ', high contrast' : ''}`;

/** The look the reader's toggles give, set directly (a dialog may cover the toggles). */
async function setDisplay(page: Page, d: Display): Promise<void> {
  await page.evaluate(({ theme, contrast }) => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    if (contrast) root.dataset.contrast = 'more';
    else delete root.dataset.contrast;
  }, d);
}

async function setLanguage(page: Page, lang: Lang): Promise<void> {
  await page.locator(`#lang-${lang}`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Audits the open screen in each language and each look (eight runs), then leaves it English and dark. */
async function everyLook(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const lang of LANGS) {
    await setLanguage(page, lang);
    found.push(...(await everyDisplay(page, where, lang)));
  }
  await setLanguage(page, 'en');
  return found;
}

/** Audits the open screen in each look, in the language it shows; leaves it dark, normal contrast. */
async function everyDisplay(page: Page, where: string, lang: Lang): Promise<string[]> {
  const found: string[] = [];
  for (const d of DISPLAYS) {
    await setDisplay(page, d);
    found.push(...(await audit(page, `${where} [${lookName(lang, d)}]`)));
  }
  await setDisplay(page, DISPLAYS[0]!);
  return found;
}

describe('accessibility', () => {
  it('every game screen passes axe in every language and look', async () => {
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
    // Back to the title screen, which now lists this game among the games kept in this browser.
    await page.locator('#menu-btn').click();
    await waitScreen(page, 'title');
    await page.locator('[data-testid="game-item"]').first().waitFor();
    found.push(...(await everyLook(page, 'title, with a game in the list')));

    // The end screen and the debrief, from the whole game's result code.
    // A new document (a hash change alone would not reload), once this one has fetched what it wanted.
    await page.waitForLoadState('networkidle');
    await page.goto('about:blank');
    await page.goto(h.url(`index.html${resultCodeFragment(encodeResultCode(scenario, planned.game))}`));
    await waitScreen(page, 'end');
    await page.locator('[data-testid="code-qr"] svg').waitFor({ state: 'attached' });
    found.push(...(await everyLook(page, 'end')));
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      await page.locator('#open-debrief').click();
      await page.locator('[data-testid="debrief-screen"]').waitFor();
      // Every section is on the one debrief screen (the navigation scrolls to them): one per link.
      const sections = await page.locator('.debrief-section').count();
      expect(sections).toBeGreaterThanOrEqual(6);
      expect(sections).toBe(await page.locator('.debrief-nav button').count());
      found.push(...(await everyDisplay(page, 'debrief, every section', lang)));
      await page.locator('#close-debrief').click();
    }
    expect(found).toEqual([]);
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 300_000);

  it('the facilitator page and every projector slide pass axe in every language and look', async () => {
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
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      await page.locator('#open-projector').click();
      await page.locator('[data-testid="projector"]').waitFor();
      const counter = page.locator('.slide-counter');
      for (let slide = 1; ; slide++) {
        await expect.poll(() => counter.textContent()).toMatch(new RegExp(`^${slide} / `));
        found.push(...(await everyDisplay(page, `projector slide ${slide}`, lang)));
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

  it('the live board, its anonymised view and its join slide pass axe in every language and look', async () => {
    // The real room server, two teams joined through the protocol (one has played a quarter), and the
    // room held with a countdown running: the board shows every kind of card and control.
    const dataDir = mkdtempSync(join(tmpdir(), 'sj-a11y-room-'));
    const server = await startRoomProcess({ dataDir });
    const sockets: Socket[] = [];
    try {
      const p = await openPageAt(h.browser, server.origin, `facilitator.html#live=${ROOM_TEST_KEY}`, {
        viewport: SIZES.projector,
      });
      const { page } = p;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.locator('#nav-live').click();
      await page.locator('#live-open').click();
      const link = await page.locator('#live-join-link').getAttribute('href', { timeout: 30_000 });
      const code = new URL(link!).hash.replace('#room=', '');
      const call = async <T>(socket: Socket, event: string, msg: object): Promise<T> => {
        const answer = await socket.timeout(10_000).emitWithAck(event, { v: ROOM_PROTOCOL, ...msg });
        if (!answer.ok) throw new Error(`${event}: ${answer.code}: ${answer.message}`);
        return answer as T;
      };
      for (const name of ['Lyon', 'Nantes']) {
        const socket = io(server.origin, { transports: ['websocket'], reconnection: false });
        sockets.push(socket);
        await call(socket, EV.teamJoin, { code, name });
        const { game } = await call<{ game: GameRecord }>(socket, EV.teamStart, { objective: 'retention' });
        if (name === 'Lyon') {
          const live = new PlanInPlay('continuity-dialogue', game.seed, 'retention');
          expect(initialState(contextOf(scenario, game), game.seed)).toEqual(live.state);
          await call(socket, EV.teamDecide, { turn: 1, decision: live.next() });
        }
      }
      await page.locator('.live-card[data-quarter="1"]').waitFor();
      await expect.poll(() => page.locator('.live-card').count()).toBe(2);
      await page.locator('#live-hold-turn').fill('2');
      await page.locator('#live-hold').click();
      await page.locator('#live-held').waitFor();
      await page.locator('#live-seconds').selectOption('120');
      await page.locator('#live-countdown').click();
      await page.locator('#live-countdown-left').waitFor();

      const found = await everyLook(page, 'live board');
      await page.locator('#live-anon').check();
      await expect.poll(() => page.locator('.live-card h3').first().textContent()).toMatch(/^Team \d/);
      found.push(...(await everyDisplay(page, 'live board, anonymised', 'en')));
      for (const lang of LANGS) {
        await setLanguage(page, lang);
        await page.locator('#live-slide').click();
        await page.locator('#join-slide svg.qr').waitFor();
        found.push(...(await everyDisplay(page, 'join slide', lang)));
        await page.locator('#live-slide-close').click();
      }
      expect(found).toEqual([]);
      expect(p.problems()).toEqual([]);
      await p.close();
    } finally {
      for (const s of sockets) s.disconnect();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
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
    for (const selector of ['#confirm-turn', '#menu-btn', '#theme-light', '#change-carried']) {
      const control = page.locator(selector).first();
      await control.scrollIntoViewIfNeeded();
      expect(await control.isVisible(), `${selector} at 200%`).toBe(true);
    }
    // Last quarter's choices unfold, and their options are reachable too.
    await page.locator('#change-carried').click();
    const option = page.locator('label[data-testid^="approach-"]').first();
    await option.scrollIntoViewIfNeeded();
    expect(await option.isVisible(), 'an approach at 200%').toBe(true);
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
    // Last quarter's choices, folded: a named region with a collapsed button to unfold them (aria snapshots
    // leave expanded=false out).
    const folded = await page.locator('#panel').ariaSnapshot();
    expect(folded).toContain(`region "${t('play.carried.heading', { turn: 2 })}"`);
    expect(folded).toContain(`button "${t('play.carried.change')}"`);
    expect(await page.locator('#change-carried').getAttribute('aria-expanded')).toBe('false');
    await page.locator('#change-carried').click();
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
