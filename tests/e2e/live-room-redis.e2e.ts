// Two room server processes sharing one real Redis, as behind a load balancer: a team plays on one, the
// facilitator watches and sets the pace on the other, and each sees the other's doings live.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextOf, initialState, newGame, parsePlan, planDecision, stateHash } from '../../src/sim';
import { playTurnByMouse, scenario, shownHash, waitScreen } from './game-driver';
import { launchChromium, type OpenedPage, openPageAt } from './harness';
import { type RedisProcess, redisServerPath, startRedis } from './redis-process';
import { ROOM_TEST_KEY, type RoomProcess, startRoomProcess } from './room-process';

const REDIS_PORT = 8151;
const missing = redisServerPath() === null;
if (missing && process.env.CI) throw new Error('redis-server is missing on CI: .ci/run installs it');
if (missing)
  console.warn('SKIPPED live-room-redis: redis-server is not installed (apt-get install redis-server)');

describe.skipIf(missing)('two room servers sharing one Redis', () => {
  let redis: RedisProcess;
  let one: RoomProcess;
  let two: RoomProcess;
  let browser: Browser;
  let dir: string;
  const pages: OpenedPage[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sj-redis-'));
    redis = await startRedis(REDIS_PORT, dir);
    one = await startRoomProcess({ dataDir: join(dir, 'one'), redisUrl: redis.url });
    two = await startRoomProcess({ dataDir: join(dir, 'two'), redisUrl: redis.url });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => {});
    await browser?.close().catch(() => {});
    await one?.stop();
    await two?.stop();
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('carries a team on one process to the board on the other, and the pace back', async () => {
    expect(one.output()).toContain('rooms kept in Redis');
    const fac = await openPageAt(browser, two.origin, `facilitator.html#live=${ROOM_TEST_KEY}`);
    pages.push(fac);
    const board = fac.page;
    await board.locator('#live-open').click();
    const link = await board.locator('#live-join-link').getAttribute('href', { timeout: 30_000 });
    const code = new URL(link!).hash.replace('#room=', '');

    // The team plays on the other process.
    const team = await openPageAt(browser, one.origin, `index.html#room=${code}`);
    pages.push(team);
    const page = team.page;
    await page.locator('#room-team').fill('Brest');
    await page.locator('#room-join-btn').click();
    await page.locator('[data-testid="room-bar"][data-phase="connected"]').waitFor();
    await board.locator('.live-card[data-team="Brest"]').waitFor();
    const seed = await page.locator('#seed-input').inputValue();
    await page.locator('#new-game').click();
    await waitScreen(page, 'briefing');
    await page.locator('label[data-testid="objective-retention"]').click();
    await page.locator('#start-game').click();
    await waitScreen(page, 'play', 1);

    const plan = parsePlan(JSON.parse(readFileSync('scenarios/plans/no-moves.json', 'utf8')), scenario);
    const game = newGame(scenario, seed, 'retention');
    const state = initialState(contextOf(scenario, game), seed);
    const shown = await shownHash(page);
    expect(shown).toBe(stateHash(state));
    await playTurnByMouse(page, planDecision(contextOf(scenario, game), plan, state, []));
    await waitScreen(page, 'report', 1);
    await board.locator('.live-card[data-team="Brest"][data-quarter="1"]').waitFor();

    // The facilitator's hold, set on the second process, reaches the team on the first.
    await board.locator('#live-hold-turn').fill('1');
    await board.locator('#live-hold').click();
    await page.locator('[data-testid="room-bar"][data-lock="held"]').waitFor();
    await board.locator('.live-card[data-team="Brest"][data-status="waiting"]').waitFor();
  }, 180_000);
});
