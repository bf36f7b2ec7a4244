// A first visit's title screen loads no zod: the bundled scenario is taken as it is, and the codec (saves and
// result codes) loads when a game needs it. A game started at once is still saved. Phaser is not in the
// first scripts either: the title screen paints from the page, and the world starts when a screen needs it
// or the title screen is left alone (src/game/launch.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUIET_MS } from '../../src/game/launch';
import { parseSave, stateHash } from '../../src/sim';
import { PlanInPlay, playTurnByMouse, scenario, shownHash, storedTexts, waitScreen } from './game-driver';
import { DIST_DIR, screenshot } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

/** Phaser's chunk held back until released; `asked` settles when the page asks for it. */
function holdPhaser() {
  let release: () => void = () => {};
  let asked: () => void = () => {};
  const held = new Promise<void>((ok) => {
    release = ok;
  });
  const askedFor = new Promise<void>((ok) => {
    asked = ok;
  });
  return {
    asked: askedFor,
    release: () => release(),
    route: (page: Page) =>
      page.route(/\/assets\/phaser-[^/]+\.js$/, async (route) => {
        asked();
        await held;
        await route.continue();
      }),
  };
}

// The time of every key press, typed text, click and wheel turn (source text: it runs in the page before the game).
const RECORD_INPUT = `(() => {
  window.__inputs = [];
  for (const type of ['keydown', 'input', 'pointerdown', 'wheel'])
    window.addEventListener(type, (e) => window.__inputs.push(e.timeStamp), { capture: true });
})();`;

/** In the page's clock: first paint, when Phaser's chunk was asked for, and every input before now. */
function timings(page: Page): Promise<{ firstPaint: number; phaserAsked: number; inputs: number[] }> {
  return page.evaluate(`({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    phaserAsked: performance.getEntriesByType('resource').find((r) => /\\/assets\\/phaser-/.test(r.name)).startTime,
    inputs: window.__inputs,
  })`);
}

/** A class name zod keeps as text in its built code. */
const hasZod = (file: string) => readFileSync(join(DIST_DIR, 'assets', file), 'utf8').includes('ZodObject');

/** The game page with Phaser held back and every input timed. */
async function openWithPhaserHeld() {
  const phaser = holdPhaser();
  const p = await h.openPage('index.html', {
    beforeNavigate: async (page) => {
      await page.addInitScript({ content: RECORD_INPUT });
      await phaser.route(page);
    },
  });
  return { p, phaser };
}

describe('start-up', () => {
  it('the built game page loads no zod with its first scripts', () => {
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const first = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(first.length).toBeGreaterThan(1);
    expect(first.filter(hasZod)).toEqual([]);
  });

  it('the built game page loads no Phaser with its first scripts', () => {
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    expect(html).not.toMatch(/assets\/phaser[^"]*\.js/);
  });

  it('paints a usable title screen without Phaser, and the world starts by itself once it is left alone', async () => {
    const { p, phaser } = await openWithPhaserHeld();
    const { page } = p;
    await waitScreen(page, 'title');
    await page.locator('#seed-input').fill('before-phaser');
    expect(await page.locator('#new-game').isEnabled()).toBe(true);
    // Not blank: the title's sky and city are drawn by the page.
    await page.locator('#world > svg.backdrop').waitFor({ state: 'attached' });
    expect(await page.locator('#world canvas').count()).toBe(0);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    await screenshot(page, 'startup-title-before-world');
    // Nobody touches the page: the world asks for Phaser by itself.
    await phaser.asked;
    phaser.release();
    await page
      .locator('#world[data-scene="title"][data-renderer="webgl"] canvas')
      .waitFor({ state: 'attached' });
    expect(await page.locator('#world > svg.backdrop').count()).toBe(1);
    expect(await page.locator('#seed-input').inputValue()).toBe('before-phaser');
    await screenshot(page, 'startup-title-with-world');
    const t = await timings(page);
    expect(t.firstPaint).toBeLessThan(t.phaserAsked);
    // Not while the player was typing: only after the title screen was left alone for QUIET_MS.
    expect(t.phaserAsked - Math.max(0, ...t.inputs.filter((i) => i < t.phaserAsked))).toBeGreaterThanOrEqual(
      QUIET_MS,
    );
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('a team that starts before the world is there plays on, and the world joins in', async () => {
    const { p, phaser } = await openWithPhaserHeld();
    const { page } = p;
    await waitScreen(page, 'title');
    await page.locator('#seed-input').fill('early-team');
    await page.locator('#new-game').click();
    await waitScreen(page, 'briefing');
    // The briefing needs the world: asked for at once, not after a quiet time (checked below).
    await phaser.asked;
    const askedAfter = await page.evaluate('window.__inputs.length');
    const live = new PlanInPlay('continuity-dialogue', 'early-team', 'retention');
    await page.locator('label[data-testid="objective-retention"]').click();
    await page.locator('#start-game').click();
    await waitScreen(page, 'play', 1);
    // Still no world: the panel works, the stage shows the sky and city.
    expect(await page.locator('#world canvas').count()).toBe(0);
    expect(await page.locator('#world > svg.backdrop').count()).toBe(1);
    await screenshot(page, 'startup-play-before-world');
    // Phaser arrives and starts while the team clicks through its first quarter: no click is lost.
    phaser.release();
    const d = live.next();
    await playTurnByMouse(page, d);
    await waitScreen(page, 'report', 1);
    live.play(d);
    expect(await shownHash(page)).toBe(stateHash(live.state));
    await page
      .locator('#world[data-scene="play"][data-renderer="webgl"] canvas')
      .waitFor({ state: 'attached' });
    const t = await timings(page);
    expect(t.phaserAsked - t.inputs[(askedAfter as number) - 1]!).toBeLessThan(QUIET_MS);
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('a first visit fetches no zod up to the title screen, and a game started at once is saved', async () => {
    const fetched: string[] = [];
    const p = await h.openPage('index.html', {
      beforeNavigate: async (page) => {
        page.on('request', (r) => {
          const m = /\/assets\/([^/?]+\.js)$/.exec(r.url());
          if (m) fetched.push(m[1]!);
        });
      },
    });
    const { page } = p;
    await waitScreen(page, 'title');
    expect(fetched.filter(hasZod)).toEqual([]);
    await page.locator('#seed-input').fill('quick-start');
    await page.locator('#new-game').click();
    await waitScreen(page, 'briefing');
    await page.locator('label[data-testid="objective-brand-preference"]').click();
    await page.locator('#start-game').click();
    await waitScreen(page, 'play', 1);
    await expect.poll(async () => (await storedTexts(page)).length).toBe(1);
    const saved = (await storedTexts(page))[0]!;
    expect(parseSave(saved, [scenario]).game).toMatchObject({ seed: 'quick-start', turns: [] });
    expect(fetched.some(hasZod)).toBe(true);
    expect(p.problems()).toEqual([]);
    await p.close();
  });
});
