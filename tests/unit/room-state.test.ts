// The room logic: every request checked against the sim's replay of the team's log, stored before it is
// answered, and a room read back from disk exactly as it was.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiskLog } from '../../src/server/disk-log';
import type { LogEntry, RoomLog } from '../../src/server/room-log';
import {
  checkControl,
  checkDecision,
  checkJoin,
  cleanTeamName,
  type DecisionCheck,
  type RoomState,
} from '../../src/server/room-state';
import { type Change, Rooms } from '../../src/server/rooms';
import {
  contextOf,
  initialState,
  newGame,
  parsePlan,
  parseScenarioText,
  planDecision,
  replay,
  stateHash,
  type TurnDecision,
} from '../../src/sim';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const plan = parsePlan(
  JSON.parse(readFileSync('scenarios/plans/continuity-dialogue.json', 'utf8')),
  scenario,
);
const session = { scenario: 'default', seed: 'quiet-canal-7', turns: 6 };
const CODE = 'KX74MQ';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function freshRooms(dir = mkdtempSync(join(tmpdir(), 'sj-room-'))) {
  dirs.push(dir);
  let clock = 1_000;
  return { dir, rooms: new Rooms(new DiskLog(dir), [scenario], () => (clock += 10)) };
}

/** Applies an entry as the handlers do: decided on the current state, stored, then answered. */
type Untimed = LogEntry extends infer E ? (E extends LogEntry ? Omit<E, 'at'> : never) : never;
const put = (rooms: Rooms, entry: Untimed) =>
  rooms.change(
    CODE,
    (_room, at): Change<boolean> => ({ entry: { ...entry, at } as LogEntry, answer: () => true }),
  );
const room = (rooms: Rooms) => rooms.read(CODE, (r) => r!);

async function roomWithTeam() {
  const made = freshRooms();
  await put(made.rooms, { k: 'room', code: CODE, secret: 'x', session });
  await put(made.rooms, { k: 'join', team: 't1', name: 'Lyon', token: 'y' });
  await put(made.rooms, { k: 'start', team: 't1', objective: 'retention' });
  return made;
}

/** The plan's decision for a team's next quarter, from the server's own state. */
function nextDecision(r: RoomState, team = 't1'): TurnDecision {
  const t = r.teams.get(team)!;
  return planDecision(contextOf(scenario, t.game!), plan, t.state!, []);
}

async function play(rooms: Rooms, quarters: number) {
  for (let i = 0; i < quarters; i++) {
    const r = await room(rooms);
    const d = nextDecision(r);
    const turn = r.teams.get('t1')!.game!.turns.length + 1;
    expect(checkDecision(r, r.teams.get('t1')!, turn, d)).toEqual({ ok: true, duplicate: false });
    await put(rooms, { k: 'turn', team: 't1', turn, decision: d });
  }
}

describe('team names', () => {
  it('are cleaned and unique in a room whatever their case', async () => {
    expect(cleanTeamName('  Les\tBleus \u0007 ')).toBe('Les Bleus');
    expect(cleanTeamName(' \n ')).toBeNull();
    const { rooms } = await roomWithTeam();
    const r = await room(rooms);
    expect(checkJoin(r, 'LYON')).toMatchObject({ ok: false, code: 'name-taken' });
    expect(checkJoin(r, '<b>Paris</b>')).toEqual({ ok: true, value: '<b>Paris</b>' });
  });
});

describe('decisions', () => {
  it('are played through the sim: the room has the state a plain replay gives', async () => {
    const { rooms } = await roomWithTeam();
    await play(rooms, 4);
    const t = (await room(rooms)).teams.get('t1')!;
    expect(t.game!.turns).toHaveLength(4);
    expect(stateHash(t.state!)).toBe(stateHash(replay(scenario, t.game!).final));
  });

  it('refuse a quarter out of turn, an illegal one, and answer a repeated one without playing it twice', async () => {
    const { rooms } = await roomWithTeam();
    await play(rooms, 2);
    const r = await room(rooms);
    const t = r.teams.get('t1')!;
    const d = nextDecision(r);
    expect(checkDecision(r, t, 4, d)).toMatchObject({ ok: false, code: 'out-of-turn' });
    expect(checkDecision(r, t, 2, t.game!.turns[1]!)).toEqual({ ok: true, duplicate: true });
    expect(
      checkDecision(
        r,
        t,
        2,
        d.approach === 'campaign' ? { ...d, approach: 'continuity' } : { ...d, approach: 'campaign' },
      ),
    ).toMatchObject({ ok: false, code: 'out-of-turn' });
    const forged = checkDecision(r, t, 3, { ...d, moves: ['no-such-move'] });
    expect(forged).toMatchObject({ ok: false, code: 'illegal' });
    expect(forged.ok === false && forged.message).toMatch(/moves\[0\]/);
    expect(forged.ok === false && forged.game?.turns).toHaveLength(2);
  });

  it('wait while the room is held or paused, and go on once released', async () => {
    const { rooms } = await roomWithTeam();
    await put(rooms, { k: 'control', control: { action: 'hold', turn: 1 } });
    await play(rooms, 1);
    let r = await room(rooms);
    expect(checkDecision(r, r.teams.get('t1')!, 2, nextDecision(r))).toMatchObject({
      ok: false,
      code: 'held',
    });
    await put(rooms, { k: 'control', control: { action: 'release' } });
    await put(rooms, { k: 'control', control: { action: 'pause' } });
    r = await room(rooms);
    expect(checkDecision(r, r.teams.get('t1')!, 2, nextDecision(r))).toMatchObject({
      ok: false,
      code: 'paused',
    });
    await put(rooms, { k: 'control', control: { action: 'resume' } });
    await play(rooms, 1);
    await put(rooms, { k: 'control', control: { action: 'close' } });
    r = await room(rooms);
    expect(checkDecision(r, r.teams.get('t1')!, 3, nextDecision(r))).toMatchObject({
      ok: false,
      code: 'closed',
    });
    expect(checkControl(r, { action: 'pause' })).toMatchObject({ ok: false, code: 'closed' });
  });
});

describe('a pushed event', () => {
  it('becomes the event of every team’s next quarter, and the quarters before stay as they were', async () => {
    const { rooms } = await roomWithTeam();
    await put(rooms, { k: 'join', team: 't2', name: 'Nantes', token: 'z' });
    await play(rooms, 2);
    const before = (await room(rooms)).teams.get('t1')!;
    const event = scenario.events.find((e) => e.id !== before.state!.pendingEvent)!.id;
    expect(checkControl(await room(rooms), { action: 'push-event', event: 'alien-landing' }).ok).toBe(false);
    await put(rooms, { k: 'control', control: { action: 'push-event', event } });
    const r = await room(rooms);
    const t1 = r.teams.get('t1')!;
    expect(t1.state!.pendingEvent).toBe(event);
    expect(t1.game!.setup.fixedEvents).toEqual({ '3': event });
    expect(
      stateHash(
        replay(scenario, { ...t1.game!, turns: t1.game!.turns.slice(0, 2) }).records[1]!.state.vars as never,
      ),
    ).toBe(stateHash(before.state!.vars as never));
    // A team that has not started yet meets it in its first quarter.
    await put(rooms, { k: 'start', team: 't2', objective: 'retention' });
    const t2 = (await room(rooms)).teams.get('t2')!;
    expect(t2.state!.pendingEvent).toBe(event);
    expect(r.pushed).toEqual({ event, serial: 1 });
  });
});

describe('rooms on disk', () => {
  it('come back after a restart exactly as they were, a torn last line ignored', async () => {
    const { rooms, dir } = await roomWithTeam();
    await play(rooms, 3);
    const before = (await room(rooms)).teams.get('t1')!;
    await rooms.log.close();
    const file = join(dir, 'rooms', `${CODE}.jsonl`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"k":"turn","team":"t1","tu`);
    const again = new Rooms(new DiskLog(dir), [scenario]);
    const after = (await again.read(CODE, (r) => r!)).teams.get('t1')!;
    expect(after.game).toEqual(before.game);
    expect(stateHash(after.state!)).toBe(stateHash(before.state!));
    expect(await again.read('AAAAAA', (r) => r)).toBeNull();
    await again.log.close();
  });

  it('are deleted after the retention period', async () => {
    const { dir } = await roomWithTeam();
    // File times are the real clock's.
    const rooms = new Rooms(new DiskLog(dir), [scenario]);
    expect(await rooms.sweep(30 * 86_400_000)).toEqual([]);
    expect(await rooms.sweep(-1)).toEqual([CODE]);
    expect(await room(rooms)).toBeNull();
  });
});

it('a new game in a room is the plain game of the session', () => {
  const game = newGame(scenario, session.seed, 'retention', { turns: 6 });
  expect(initialState(contextOf(scenario, game), game.seed).turn).toBe(0);
});

/** A log shared by several processes, as Redis is: appends check the length, like redis-log.ts's script. */
class SharedMemoryLog implements RoomLog {
  readonly shared = true;
  readonly logs = new Map<string, LogEntry[]>();
  async read(code: string, from: number) {
    const log = this.logs.get(code);
    return log ? log.slice(from) : null;
  }
  async append(code: string, length: number, entry: LogEntry) {
    const log = this.logs.get(code) ?? [];
    if (log.length !== length) return false;
    log.push(entry);
    this.logs.set(code, log);
    return true;
  }
  async list() {
    return [];
  }
  async remove(code: string) {
    this.logs.delete(code);
  }
  async close() {}
}

describe('rooms shared by two processes', () => {
  it('see each other’s changes and never lose or interleave one', async () => {
    const log = new SharedMemoryLog();
    const a = new Rooms(log, [scenario]);
    const b = new Rooms(log, [scenario]);
    await put(a, { k: 'room', code: CODE, secret: 'x', session });
    await put(a, { k: 'join', team: 't1', name: 'Lyon', token: 'y' });
    await put(b, { k: 'start', team: 't1', objective: 'retention' });
    // b has the room cached; a holds it at quarter 0: b's next check must see the hold.
    await put(a, { k: 'control', control: { action: 'hold', turn: 0 } });
    const d = nextDecision(await a.read(CODE, (r) => r!));
    const check = (rooms: Rooms) =>
      rooms.change<DecisionCheck>(CODE, (r) => {
        const t = r!.teams.get('t1')!;
        const ok = checkDecision(r!, t, 1, d);
        return ok.ok && !ok.duplicate
          ? { entry: { k: 'turn', team: 't1', turn: 1, decision: d, at: 1 }, answer: () => ok }
          : { answer: () => ok };
      });
    expect(await check(b)).toMatchObject({ ok: false, code: 'held' });
    await put(b, { k: 'control', control: { action: 'release' } });
    // Both decide on their cached state at once: one appends, the other loses the race and re-decides.
    // (a still has the hold cached: its refusal is checked again on the log, where the room is released.)
    const [one, two] = await Promise.all([check(a), check(b)]);
    expect([one.ok, two.ok]).toEqual([true, true]);
    expect([one, two].filter((x) => x.ok && !('duplicate' in x && x.duplicate))).toHaveLength(1);
    expect(log.logs.get(CODE)!.filter((e) => e.k === 'turn')).toHaveLength(1);
    const fromA = await a.read(CODE, (r) => r!.teams.get('t1')!.game!.turns.length);
    const fromB = await b.read(CODE, (r) => r!.teams.get('t1')!.game!.turns.length);
    expect([fromA, fromB]).toEqual([1, 1]);
  });
});
