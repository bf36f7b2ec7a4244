// A first visit's title screen loads no zod: the bundled scenario is taken as it is, and the codec (saves and
// result codes) loads when a game needs it. A game started at once is still saved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/sim';
import { SAVE_KEY, scenario, waitScreen } from './game-driver';
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
    await page.waitForFunction((k) => localStorage.getItem(k) !== null, SAVE_KEY);
    const saved = await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY);
    expect(parseSave(saved!, [scenario]).game).toMatchObject({ seed: 'quick-start', turns: [] });
    expect(fetched.some(hasZod)).toBe(true);
    expect(p.problems()).toEqual([]);
    await p.close();
  });
});
