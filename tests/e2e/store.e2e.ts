// The store in a real browser (issue 12): the list of games on the title screen (two games, resume the
// first, delete with an undo), notes kept with their game when another starts, the move of an earlier
// version's localStorage save, a full origin, and a browser that refuses IndexedDB. Driven by mouse and
// keyboard on the built game; screenshots of the list at 1280x720 and 390x844.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseSave, stateHash } from '../../src/sim';
import {
  hashAfter,
  loadWithSave,
  planGame,
  playTurnByMouse,
  SAVE_KEY,
  SIZES,
  saveText,
  scenario,
  shownHash,
  startNewGame,
  storedTexts,
  tabTo,
  waitScreen,
  worldReady,
} from './game-driver';
import { CHROMIUM_ARGS, chromiumPath, RESULTS_DIR, screenshot } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();
const item = (page: Page, seed: string) =>
  page.locator('[data-testid="game-item"]', { hasText: `seed ${seed}` });

describe('the list of games', () => {
  it('keeps two games, resumes the first by keyboard, deletes one with an undo', async () => {
    const p = await h.openPage('index.html', { viewport: SIZES.projector });
    const { page } = p;
    await waitScreen(page, 'title');
    const first = planGame('continuity-dialogue', 'list-one');
    await startNewGame(page, 'list-one');
    await playTurnByMouse(page, first.game.turns[0]!);
    await waitScreen(page, 'report', 1);
    await page.locator('#next-quarter').click();
    await waitScreen(page, 'play', 2);
    await page.locator('#menu-btn').click();
    await waitScreen(page, 'title');
    // "New game" starts a second game beside the first (defect 4): nothing is replaced.
    await startNewGame(page, 'list-two');
    await page.locator('#menu-btn').click();
    await waitScreen(page, 'title');
    const items = page.locator('[data-testid="game-item"]');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().textContent()).toContain('list-two');
    expect(await item(page, 'list-one').textContent()).toContain('1 of 12 quarters played');
    expect(await page.locator('#games h2').textContent()).toBe('2 games kept in this browser');
    // The list as a projector shows it (the panel scrolls to it), and on a phone (the whole page).
    await page.locator('#games').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS_DIR, 'store-title-list-1280x720.png') });
    await page.setViewportSize(SIZES.phone);
    await screenshot(page, 'store-title-list-390x844');
    await page.setViewportSize(SIZES.projector);

    // The first game, by keyboard: Tab to its Resume button, Enter.
    const firstId = await item(page, 'list-one').getAttribute('data-game-id');
    await tabTo(page, `[data-game-id="${firstId}"] [data-action="resume"]`);
    await page.keyboard.press('Enter');
    await waitScreen(page, 'play', 2);
    expect(await shownHash(page)).toBe(hashAfter(first.game, 1));
    expect(await page.locator('#seed-input').count()).toBe(0);

    // Delete the second with the mouse: gone from the list and the store, then back with Undo.
    await page.locator('#menu-btn').click();
    await waitScreen(page, 'title');
    await item(page, 'list-two').locator('[data-action="delete"]').click();
    await page.locator('.game-deleted', { hasText: 'list-two' }).waitFor();
    await expect.poll(() => items.count()).toBe(1);
    await expect.poll(async () => (await storedTexts(page)).length).toBe(1);
    // Focus waits on Undo (the button clicked is gone); Enter brings the game back, focus on its first button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('undo-delete');
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBe(2);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-game-id]')?.textContent ?? ''))
      .toContain('list-two');
    await expect.poll(async () => (await storedTexts(page)).length).toBe(2);
    // Deleted for good this time: a reload lists only the first.
    await item(page, 'list-two').locator('[data-action="delete"]').click();
    await expect.poll(async () => (await storedTexts(page)).length).toBe(1);
    await page.reload({ waitUntil: 'load' });
    await waitScreen(page, 'play', 2);
    await page.locator('#menu-btn').click();
    await waitScreen(page, 'title');
    expect(await items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('list-one');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 180_000);

  it('keeps the notes of a finished game when the next game starts (defect 5)', async () => {
    const p = await h.openPage('index.html');
    const { page } = p;
    await waitScreen(page, 'title');
    const done = planGame('continuity-dialogue', 'noted-game');
    await loadWithSave(page, saveText(done.game));
    await waitScreen(page, 'end');
    await page.locator('#open-debrief').click();
    await page.locator('#debrief-notes').fill('We listened too late.');
    await page.locator('#debrief-notes-status', { hasText: 'saved' }).waitFor();
    await page.locator('#close-debrief').click();
    await page.locator('#new-game-end').click();
    await waitScreen(page, 'title');
    await startNewGame(page, 'after-notes');
    await page.locator('#menu-btn').click();
    await waitScreen(page, 'title');
    // The finished game is listed with its ending; its debrief opens from the list with its notes.
    const finished = item(page, 'noted-game');
    expect(await finished.textContent()).toContain('The journey so far');
    await finished.locator('[data-action="debrief"]').click();
    await page.locator('[data-testid="debrief"]').waitFor();
    expect(await page.locator('#debrief-notes').inputValue()).toBe('We listened too late.');
    const stored = (await storedTexts(page)).map((t) => parseSave(t, [scenario]));
    expect(stored.find((s) => s.game.seed === 'noted-game')?.notes).toBe('We listened too late.');
    expect(stored.find((s) => s.game.seed === 'after-notes')?.notes).toBeUndefined();
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 180_000);
});

describe("the facilitator's sessions", () => {
  it('starts another session, reopens the first from the list, deletes the other after asking', async () => {
    const p = await h.openPage('facilitator.html');
    const { page } = p;
    await page.locator('[data-testid="prepare"]').waitFor();
    await page.fill('#session-seed', 'morning-group');
    await page.locator('#new-session').click();
    await expect.poll(() => page.locator('[data-testid="session-item"]').count()).toBe(1);
    await page.fill('#session-seed', 'afternoon-group');
    const listed = page.locator('[data-testid="session-item"]');
    expect(await listed.textContent()).toContain('seed morning-group');
    await page.locator('#sessions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS_DIR, 'store-facilitator-sessions-1280x800.png') });
    await listed.locator('[data-action="open"]').click();
    await expect.poll(() => page.locator('#session-seed').inputValue()).toBe('morning-group');
    expect(await listed.textContent()).toContain('seed afternoon-group');
    // Deleting asks first; the session on screen stays.
    page.once('dialog', (d) => void d.accept());
    await listed.locator('[data-action="delete"]').click();
    await expect.poll(() => listed.count()).toBe(0);
    await expect.poll(async () => (await storedTexts(page, 'sessions')).length).toBe(1);
    await page.reload();
    await page.locator('[data-testid="prepare"]').waitFor();
    expect(await page.locator('#session-seed').inputValue()).toBe('morning-group');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);
});

describe('the move from localStorage', () => {
  it('moves an earlier version’s save and session once, resumes the game, and empties localStorage', async () => {
    const planned = planGame('bottom-up-untrained', 'old-version');
    const save = saveText(planned.game, 4);
    const session = JSON.stringify({
      format: 'social-journey-facilitator',
      version: 1,
      session: { scenario: 'default', seed: 'old-room' },
      teams: [],
      notes: 'kept from before',
    });
    const p = await h.openPage('index.html', {
      // What an earlier version left, in place before the page's first script runs (once: not on reloads).
      beforeNavigate: async (page) => {
        await page.addInitScript(
          ([save, session, key]) => {
            if (sessionStorage.getItem('seeded')) return;
            sessionStorage.setItem('seeded', '1');
            localStorage.setItem(key!, save!);
            localStorage.setItem('social-journey.facilitator', session!);
          },
          [save, session, SAVE_KEY],
        );
      },
    });
    const { page } = p;
    await waitScreen(page, 'play', 5);
    expect(await shownHash(page)).toBe(hashAfter(planned.game, 4));
    expect(await storedTexts(page)).toEqual([save]);
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.endsWith('.display')));
    expect(left.filter((k) => k === 'social-journey.save' || k === 'social-journey.facilitator')).toEqual([]);
    // Once: a reload finds it in the list, not a second copy.
    await worldReady(page);
    await page.reload({ waitUntil: 'load' });
    await waitScreen(page, 'play', 5);
    expect(await storedTexts(page)).toHaveLength(1);
    const facilitator = await p.context.newPage();
    await facilitator.goto(h.url('facilitator.html'));
    await facilitator.locator('[data-testid="prepare"]').waitFor();
    expect(await facilitator.locator('#session-seed').inputValue()).toBe('old-room');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);
});

describe('full or refused storage', () => {
  it('a full origin says so, keeps playing, and loses nothing stored (defect 7)', async () => {
    // Chromium enforces a quota given through Storage.overrideQuotaForOrigin in a profile on disk (not in the
    // in-memory contexts the harness opens): one of its own here, removed afterwards.
    const dir = mkdtempSync(join(tmpdir(), 'sj-full-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: SIZES.projector,
      // As in the harness: no service worker (its cache would count against the small quota too).
      serviceWorkers: 'block',
    });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // A small quota for the origin, given before the page opens its storage; filled to the brim below.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.origin, quotaSize: 2_000_000 });
      await page.goto(h.url('index.html'));
      await waitScreen(page, 'title');
      const planned = planGame('continuity-dialogue', 'full-origin');
      await startNewGame(page, 'full-origin');
      await playTurnByMouse(page, planned.game.turns[0]!);
      await waitScreen(page, 'report', 1);
      await expect
        .poll(async () => parseSave((await storedTexts(page))[0]!, [scenario]).game.turns.length)
        .toBe(1);
      const filled = await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const open = indexedDB.open('filler', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('blobs');
          open.onsuccess = () => ok(open.result);
          open.onerror = () => fail(open.error);
        });
        for (let i = 0; i < 2000; i++) {
          // Random bytes: the browser cannot compress them below their size.
          const chunk = crypto.getRandomValues(new Uint8Array(16_000));
          const error = await new Promise<string | null>((ok) => {
            const tx = db.transaction('blobs', 'readwrite');
            tx.objectStore('blobs').put(chunk.buffer, i);
            tx.oncomplete = () => ok(null);
            tx.onabort = () => ok(tx.error?.name ?? 'aborted');
          });
          if (error) return error;
        }
        return 'never full';
      });
      expect(filled).toBe('QuotaExceededError');
      await page.locator('#next-quarter').click();
      await playTurnByMouse(page, planned.game.turns[1]!);
      await waitScreen(page, 'report', 2);
      await page.locator('[data-notice="notice.storageFull"]').waitFor();
      expect(await page.locator('[data-notice="notice.storageFull"]').textContent()).toContain('full');
      // What was stored is still there, and a reload shows it: the game, at its first quarter.
      expect(parseSave((await storedTexts(page))[0]!, [scenario]).game.turns).toHaveLength(1);
      await worldReady(page);
      await page.reload({ waitUntil: 'load' });
      await waitScreen(page, 'play', 2);
      expect(await shownHash(page)).toBe(hashAfter(planned.game, 1));
      await page.locator('#menu-btn').click();
      await waitScreen(page, 'title');
      expect(await item(page, 'full-origin').textContent()).toContain('1 of 12 quarters played');
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: h.origin });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('a browser that refuses IndexedDB still lets a team play, with a visible warning', async () => {
    const p = await h.openPage('index.html', {
      beforeNavigate: async (page) => {
        await page.addInitScript(() => {
          Object.defineProperty(window, 'indexedDB', {
            configurable: true,
            get() {
              throw new DOMException('The user denied permission to access the database.', 'SecurityError');
            },
          });
        });
      },
    });
    const { page } = p;
    await waitScreen(page, 'title');
    await page.locator('#storage-refused').waitFor();
    await page.locator('[data-notice="notice.storageRefused"]').waitFor();
    const planned = planGame('continuity-dialogue', 'private');
    await startNewGame(page, 'private');
    await playTurnByMouse(page, planned.game.turns[0]!);
    await waitScreen(page, 'report', 1);
    expect(await shownHash(page)).toBe(stateHash(planned.records[0]!.state));
    // The warning stays while the team plays; the game is listed for as long as the page is open.
    expect(await page.locator('[data-notice="notice.storageRefused"]').count()).toBe(1);
    await page.locator('#next-quarter').click();
    await page.locator('#menu-btn').click();
    await waitScreen(page, 'title');
    expect(await item(page, 'private').textContent()).toContain('1 of 12 quarters played');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 120_000);
});
