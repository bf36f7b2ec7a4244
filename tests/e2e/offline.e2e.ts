// Installable and offline: after one visit the service worker keeps every page and chunk, so the game and
// the facilitator's page open and play with the network cut. A new build is offered on the title screen
// only: a game in progress is never reloaded under the players.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim';
import { PlanInPlay, playTurnByMouse, shownHash, startNewGame, waitScreen, worldReady } from './game-driver';
import { DIST_DIR, type Harness, openPageAt, type StaticServer, serveStatic, startHarness } from './harness';

// A copy of the build, served apart, so a test can put a "new build" in place under a running page.
let site: string;
let server: StaticServer;
let h: Harness;
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'sj-offline-'));
  cpSync(DIST_DIR, site, { recursive: true });
  server = await serveStatic(site);
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

const open = (path: string) =>
  openPageAt(h.browser, server.origin, path, {
    serviceWorkers: 'allow',
    viewport: { width: 1280, height: 720 },
  });

/** The service worker has installed every file of the site (the page says so on the title screen). */
async function kept(page: Page) {
  await page.locator('[data-testid="offline-ready"]').waitFor({ state: 'visible', timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
}

describe('offline', () => {
  it('after one visit, the game plays a quarter and the facilitator page opens with the network cut', async () => {
    const p = await open('index.html');
    const { page, context } = p;
    await waitScreen(page, 'title');
    await kept(page);
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifest).toBe('./manifest.webmanifest');

    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await waitScreen(page, 'title');
    await startNewGame(page, 'no-network');
    // The world (Phaser's chunk) comes from the cache too.
    await worldReady(page);
    expect(await page.locator('#world').getAttribute('data-renderer')).toBe('webgl');
    const live = new PlanInPlay('continuity-dialogue', 'no-network', 'retention');
    const d = live.next();
    await playTurnByMouse(page, d);
    await waitScreen(page, 'report', 1);
    live.play(d);
    expect(await shownHash(page)).toBe(stateHash(live.state));

    // Leave once the page has fetched what it wanted (a navigation would abort a chunk still coming).
    await page.waitForLoadState('networkidle');
    await page.goto(`${server.origin}/facilitator.html`, { waitUntil: 'load' });
    await page.locator('#nav-prepare').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.goto(`${server.origin}/check.html?lang=fr`, { waitUntil: 'load' });
    await page.locator('[data-testid="check-summary"][data-status="pass"]').waitFor({ state: 'visible' });
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('offers a new build on the title screen, never in the middle of a game', async () => {
    const p = await open('index.html');
    const { page } = p;
    await waitScreen(page, 'title');
    await kept(page);
    // The team comes back another day: this page is now run by the installed version.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await waitScreen(page, 'title');
    await startNewGame(page, 'update-later');
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });

    // A new build on the server: a different service worker script is what the browser compares.
    const sw = join(site, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// a newer build\n`);
    // The browser checks on its own every so often; ask now instead of waiting for it.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );

    // In the middle of a game: nothing offered, nothing reloaded.
    await waitScreen(page, 'play', 1);
    expect(await page.locator('[data-testid="update-offer"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );

    // Back on the title screen the update is offered; taking it reloads into the new version, which resumes
    // the saved game.
    await page.locator('#menu-btn').click();
    await waitScreen(page, 'title');
    const offer = page.locator('[data-testid="update-offer"]');
    await offer.waitFor({ state: 'visible' });
    expect(await offer.textContent()).toContain('A new version');
    await Promise.all([page.waitForEvent('load'), page.locator('#update-now').click()]);
    // The new version opens the saved game where the team left it.
    await waitScreen(page, 'play', 1);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      undefined,
    );
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
    ).toBe(null);
    expect(p.problems()).toEqual([]);
    await p.close();
  });
});
