// A first visit's title screen loads no zod: the bundled scenario is taken as it is, and the codec (saves and
// result codes) loads when a game needs it. A game started at once is still saved. Phaser is not in the
// first scripts either: the title screen paints from the page, and the world follows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/sim';
import { scenario, storedTexts, waitScreen } from './game-driver';
import { DIST_DIR } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

/** A class name zod keeps as text in its built code. */
const hasZod = (file: string) => readFileSync(join(DIST_DIR, 'assets', file), 'utf8').includes('ZodObject');

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

  it('paints a usable title screen while Phaser is held back, then the world draws', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((ok) => {
      release = ok;
    });
    let asked = false;
    const p = await h.openPage('index.html', {
      beforeNavigate: async (page) => {
        await page.route(/\/assets\/phaser-[^/]+\.js$/, async (route) => {
          asked = true;
          await held;
          await route.continue();
        });
      },
    });
    const { page } = p;
    await waitScreen(page, 'title');
    await page.locator('#seed-input').fill('before-phaser');
    expect(await page.locator('#new-game').isEnabled()).toBe(true);
    expect(await page.locator('#world canvas').count()).toBe(0);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    expect(asked).toBe(true);
    release();
    await page
      .locator('#world[data-scene="title"][data-renderer="webgl"] canvas')
      .waitFor({ state: 'attached' });
    expect(await page.locator('#seed-input').inputValue()).toBe('before-phaser');
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
