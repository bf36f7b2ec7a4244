// The live room with the REAL server (`npm run room`'s program on a free port): a facilitator and three
// teams in separate Chromium contexts play a whole (short) game. Hold and release, the countdown, an event
// pushed to every team, a team offline for two quarters that catches up (one of its quarters refused and
// the page back to the server's truth), forged and out-of-turn decisions refused, the server killed and
// restarted mid-game with nothing lost, and the board's figures equal to the sim's replay in Node.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contextOf,
  type GameRecord,
  initialState,
  newGame,
  parsePlan,
  planDecision,
  replay,
  type SimState,
  stateHash,
  type TurnDecision,
} from '../../src/sim';
import { playTurnByMouse, scenario, shownHash, waitScreen } from './game-driver';
import { launchChromium, type OpenedPage, openPageAt, RESULTS_DIR } from './harness';
import { ROOM_TEST_KEY, type RoomProcess, startRoomProcess } from './room-process';

const TURNS = 5;
const OBJECTIVE = 'retention';
const PUSHED = 'viral-complaint';

/** One team's game played in Node beside its page: the decisions to make and the state the page must show. */
class TeamModel {
  game: GameRecord;
  state: SimState;
  private readonly plan;
  /** The plan's queue of moves, and what it becomes once the decision last asked for is played. */
  private queue: string[] = [];
  private queueAfter: string[] = [];

  constructor(seed: string, planName: string) {
    this.plan = parsePlan(JSON.parse(readFileSync(`scenarios/plans/${planName}.json`, 'utf8')), scenario);
    this.game = newGame(scenario, seed, OBJECTIVE, { turns: TURNS });
    this.state = initialState(contextOf(scenario, this.game), seed);
  }
  next(): TurnDecision {
    this.queueAfter = [...this.queue];
    return planDecision(contextOf(scenario, this.game), this.plan, this.state, this.queueAfter);
  }
  private replayed() {
    this.state = replay(scenario, this.game).final;
  }
  play(d: TurnDecision) {
    this.queue = this.queueAfter;
    this.game = { ...this.game, turns: [...this.game.turns, d] };
    this.replayed();
  }
  push(event: string) {
    const turn = String(this.game.turns.length + 1);
    this.game = { ...this.game, setup: { ...this.game.setup, fixedEvents: { [turn]: event } } };
    this.replayed();
  }
  /** Back to `n` quarters (the plan's queue as it was then is not needed: the no-moves plan has none). */
  truncate(n: number) {
    this.game = { ...this.game, turns: this.game.turns.slice(0, n) };
    this.replayed();
  }
}

const bar = (page: Page) => page.locator('[data-testid="room-bar"]');
const barIs = (page: Page, attr: string, value: string | number) =>
  page.locator(`[data-testid="room-bar"][data-${attr}="${value}"]`).waitFor({ timeout: 30_000 });

/** Confirms the model's next quarter by mouse and moves on to the next one (or the end screen). */
async function playQuarter(page: Page, team: TeamModel, turn: number) {
  await waitScreen(page, 'play', turn);
  await expect.poll(() => shownHash(page)).toBe(stateHash(team.state));
  const d = team.next();
  await playTurnByMouse(page, d);
  await waitScreen(page, 'report', turn);
  team.play(d);
  expect(await shownHash(page)).toBe(stateHash(team.state));
  await page.locator('#next-quarter').click();
}

/** Whether each board card shows the quarter expected. */
async function boardQuarters(board: Page): Promise<Record<string, string>> {
  return board.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.live-card')].map((c) => [
        c.dataset.team,
        c.dataset.quarter,
      ]),
    ),
  );
}

// Socket errors are expected while the server is down or a page is offline; anything else is a problem.
const EXPECTED = /WebSocket|socket\.io|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED/;
const realProblems = (p: OpenedPage) => p.problems().filter((x) => !EXPECTED.test(x));

describe('the live room', () => {
  let browser: Browser;
  let server: RoomProcess;
  let dataDir: string;
  const pages: OpenedPage[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sj-live-'));
    server = await startRoomProcess({ dataDir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads nothing of the realtime client on a page that is not in a room', async () => {
    for (const path of ['index.html', 'facilitator.html']) {
      const scripts: string[] = [];
      const p = await openPageAt(browser, server.origin, path, {
        beforeNavigate: async (page) => {
          page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
        },
      });
      pages.push(p);
      await p.page.locator(path === 'index.html' ? '[data-testid="screen-title"]' : '.fac-header').waitFor();
      expect(scripts.length).toBeGreaterThan(0);
      for (const url of scripts) expect(await (await fetch(url)).text()).not.toContain('engine.io');
      expect(realProblems(p)).toEqual([]);
      await p.close();
    }
  });

  it('plays a whole game with a facilitator and three teams, through hold, countdown, offline and a restart', async () => {
    const open = async (path: string, viewport = { width: 1280, height: 800 }) => {
      const p = await openPageAt(browser, server.origin, path, { viewport });
      pages.push(p);
      return p;
    };

    // The facilitator opens the server's address (with its key), sets a 5-quarter session and opens a room.
    const fac = await open(`facilitator.html#live=${ROOM_TEST_KEY}`, { width: 1400, height: 900 });
    const board = fac.page;
    await board.locator('#nav-prepare').click();
    await board.locator('#session-turns').fill(String(TURNS));
    await board.locator('#session-turns').press('Tab');
    const seed = await board.locator('#session-seed').inputValue();
    await board.locator('#nav-live').click();
    expect(board.url()).not.toContain(ROOM_TEST_KEY);
    await board.locator('#live-open').click();
    const link = await board.locator('#live-join-link').getAttribute('href', { timeout: 30_000 });
    const code = new URL(link!).hash.replace('#room=', '');
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await board.locator('#live-hold-turn').fill('1');
    await board.locator('#live-hold').click();
    await board.locator('#live-held').waitFor();

    // The join slide: the QR code and the room code, large, for the projector.
    await board.locator('#live-slide').click();
    await board.locator('#join-slide svg.qr').waitFor();
    expect((await board.locator('#join-slide-code').textContent())?.replace(' ', '')).toBe(code);
    await board.screenshot({ path: join(RESULTS_DIR, 'live-join-slide.png') });
    await board.locator('#live-slide-close').click();

    // Three teams: by the link, by the code typed in lower case, and one whose first name is taken.
    const lyon = await open(`index.html#room=${code}`);
    await lyon.page.locator('#room-team').fill('Lyon');
    await lyon.page.locator('#room-join-btn').click();
    await barIs(lyon.page, 'phase', 'connected');

    const nantes = await open('index.html');
    await nantes.page
      .locator('#room-code')
      .fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
    await nantes.page.locator('#room-team').fill('Nantes');
    await nantes.page.locator('#room-join-btn').click();
    await barIs(nantes.page, 'phase', 'connected');

    const paris = await open(`index.html#room=${code}`);
    await paris.page.locator('#room-team').fill('LYON');
    await paris.page.locator('#room-join-btn').click();
    await expect.poll(() => paris.page.locator('#room-join-problem').textContent()).toContain('Another team');
    await paris.page.locator('#room-team').fill('<b>Paris</b>');
    await paris.page.locator('#room-join-btn').click();
    await barIs(paris.page, 'phase', 'connected');

    const teams = [
      { p: lyon, m: new TeamModel(seed, 'continuity-dialogue'), name: 'Lyon' },
      { p: nantes, m: new TeamModel(seed, 'continuity-dialogue'), name: 'Nantes' },
      { p: paris, m: new TeamModel(seed, 'no-moves'), name: '<b>Paris</b>' },
    ];
    for (const { p } of teams) {
      await waitScreen(p.page, 'title');
      expect(await p.page.locator('#seed-input').inputValue()).toBe(seed);
      await p.page.locator('#new-game').click();
      await waitScreen(p.page, 'briefing');
      await p.page.locator(`label[data-testid="objective-${OBJECTIVE}"]`).click();
      await p.page.locator('#start-game').click();
    }

    // Quarter 1, then everyone is held at its end: the confirm button says why and sends nothing.
    for (const { p, m } of teams) await playQuarter(p.page, m, 1);
    for (const { p, m } of teams) {
      await waitScreen(p.page, 'play', 2);
      await barIs(p.page, 'lock', 'held');
      await playTurnByMouse(p.page, m.next());
      await p.page.locator('[data-notice="room.lock.held"]').waitFor();
      await waitScreen(p.page, 'play', 2);
    }
    await expect.poll(() => board.locator('.live-card[data-status="waiting"]').count()).toBe(3);
    expect(await boardQuarters(board)).toEqual({ Lyon: '1', Nantes: '1', '<b>Paris</b>': '1' });
    // Team names are text: no markup from a team reaches the board.
    expect(await board.locator('.live-card[data-team="<b>Paris</b>"] h3').textContent()).toBe('<b>Paris</b>');
    expect(await board.locator('.live-card b').count()).toBe(0);

    // A countdown reaches every team; then the room is released.
    await board.locator('#live-seconds').selectOption('120');
    await board.locator('#live-countdown').click();
    for (const { p } of teams)
      await expect
        .poll(() => p.page.locator('#room-countdown').textContent())
        .toMatch(/Time left for this quarter: [12]:\d\d/);
    await board.locator('#live-countdown-left').waitFor();
    await board.locator('#live-release').click();
    for (const { p } of teams) await barIs(p.page, 'lock', '');

    // An event pushed to the room becomes every team's next quarter's event.
    await board.locator('#live-event').selectOption(PUSHED);
    await board.locator('#live-push').click();
    for (const { p, m } of teams) {
      await p.page.locator('#room-revealed').waitFor();
      m.push(PUSHED);
      await expect.poll(() => shownHash(p.page)).toBe(stateHash(m.state));
    }

    // Paris goes offline and plays two quarters; they wait in its queue.
    await paris.context.setOffline(true);
    await barIs(paris.page, 'phase', 'offline');
    const parisModel = teams[2]!.m;
    await playQuarter(paris.page, parisModel, 2);
    await playQuarter(paris.page, parisModel, 3);
    await barIs(paris.page, 'queued', 2);

    // The others play quarter 2; then the facilitator holds the room at the end of quarter 2.
    for (const { p, m } of teams.slice(0, 2)) await playQuarter(p.page, m, 2);
    await board.locator('#live-hold-turn').fill('2');
    await board.locator('#live-hold').click();
    await board.locator('#live-held').waitFor();

    // Paris comes back: quarter 2 is accepted, quarter 3 refused (held); the page says so and shows the
    // game as the server has it.
    await paris.context.setOffline(false);
    await barIs(paris.page, 'phase', 'connected');
    await paris.page.locator('#room-refusal').waitFor();
    expect(await paris.page.locator('#room-refusal').textContent()).toContain('The room is held');
    parisModel.truncate(2);
    await waitScreen(paris.page, 'play', 3);
    await expect.poll(() => shownHash(paris.page)).toBe(stateHash(parisModel.state));
    await barIs(paris.page, 'queued', 0);
    await expect.poll(() => boardQuarters(board)).toEqual({ Lyon: '2', Nantes: '2', '<b>Paris</b>': '2' });

    // Released: everyone plays quarter 3.
    await board.locator('#live-release').click();
    for (const { p, m } of teams) {
      await barIs(p.page, 'lock', '');
      await playQuarter(p.page, m, 3);
    }
    await expect.poll(() => boardQuarters(board)).toEqual({ Lyon: '3', Nantes: '3', '<b>Paris</b>': '3' });

    // Forged and out-of-turn decisions, sent with Nantes' own token, are refused with their reason.
    const {
      code: room,
      team,
      token,
    } = JSON.parse((await nantes.page.evaluate(() => localStorage.getItem('social-journey.room')))!) as {
      code: string;
      team: string;
      token: string;
    };
    const identity = { code: room, team, token };
    const raw = io(server.origin, { transports: ['websocket'], reconnection: false });
    const call = (ev: string, msg: object) => raw.timeout(10_000).emitWithAck(ev, { v: 1, ...msg });
    expect(await call('team:resume', { ...identity, token: 'x'.repeat(22) })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await call('board:control', { control: { action: 'close' } })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await call('team:resume', identity)).toMatchObject({ ok: true });
    const legal = teams[1]!.m.next();
    expect(
      await call('team:decide', { turn: 4, decision: { ...legal, moves: ['buy-followers-now'] } }),
    ).toMatchObject({ ok: false, code: 'illegal' });
    expect(await call('team:decide', { turn: 6, decision: legal })).toMatchObject({
      ok: false,
      code: 'out-of-turn',
    });
    expect(
      await call('team:decide', { turn: 4, decision: legal, state: { vars: { trust: 10000 } } }),
    ).toMatchObject({ ok: false, code: 'bad-message' });
    raw.disconnect();

    // The server is killed mid-game. Lyon plays quarter 4 while it is down; nothing is lost on restart.
    await server.stop('SIGKILL');
    await barIs(lyon.page, 'phase', 'offline');
    await playQuarter(lyon.page, teams[0]!.m, 4);
    await barIs(lyon.page, 'queued', 1);
    server = await startRoomProcess({ dataDir, port: server.port });
    for (const { p } of teams) await barIs(p.page, 'phase', 'connected');
    await barIs(lyon.page, 'queued', 0);
    await board.locator('.live-board[data-phase="open"]').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => boardQuarters(board), { timeout: 30_000 })
      .toEqual({ Lyon: '4', Nantes: '3', '<b>Paris</b>': '3' });

    // A reload rejoins the same team, on the same quarter.
    await nantes.page.reload({ waitUntil: 'load' });
    await barIs(nantes.page, 'phase', 'connected');
    expect(await bar(nantes.page).textContent()).toContain('team Nantes');
    await waitScreen(nantes.page, 'play', 4);
    await expect.poll(() => shownHash(nantes.page)).toBe(stateHash(teams[1]!.m.state));

    // To the end of the game.
    for (const { p, m } of teams) {
      for (let turn = m.game.turns.length + 1; turn <= TURNS; turn++) await playQuarter(p.page, m, turn);
      await waitScreen(p.page, 'end');
    }
    await expect.poll(() => board.locator('.live-card[data-status="finished"]').count()).toBe(3);

    // The board's figures are the sim's, replayed in Node from the same decisions.
    for (const { m, name } of teams) {
      const card = board.locator(`.live-card[data-team="${name}"]`);
      const final = replay(scenario, m.game).final;
      expect(await card.getAttribute('data-trust')).toBe(String(final.vars.trust));
      expect(await card.getAttribute('data-buyin')).toBe(String(final.vars.buyIn));
    }
    await board.screenshot({ path: join(RESULTS_DIR, 'live-board.png'), fullPage: true });

    // Anonymised for the projector; sorted by trust.
    await board.locator('#live-anon').check();
    expect(await board.locator('.live-card h3').allTextContents()).toEqual(['Team 1', 'Team 2', 'Team 3']);
    await board.locator('#live-sort').selectOption('trust');
    const trusts = await board
      .locator('.live-card')
      .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.trust)));
    expect(trusts).toEqual([...trusts].sort((a, b) => b - a));
    await board.locator('#live-anon').uncheck();

    // Results are in Compare with no code pasted.
    await board.locator('#nav-compare').click();
    await expect.poll(() => board.locator('#nav-collect').textContent()).toContain('(3)');

    // Closing the room reaches every team.
    await board.locator('#nav-live').click();
    await board.locator('#live-close').click();
    await board.locator('#live-close-confirm').click();
    await board.locator('#live-closed').waitFor();
    for (const { p } of teams) await barIs(p.page, 'lock', 'closed');

    for (const p of [fac, ...teams.map((x) => x.p)]) expect(realProblems(p)).toEqual([]);
  }, 600_000);
});
