// npm run bench:room: the live room under load, from a script on 127.0.0.1 only. R rooms of T teams (500
// clients by default), each team confirming a quarter every 1 to 3 s for Q quarters, against one server
// process (rooms on disk), then two processes sharing one Redis (teams and boards spread over both).
// Prints decisions per second, the latency from a team's confirm to its acknowledgement and to the
// facilitator's board (p50, p95, p99), the servers' CPU time and memory, and lost and duplicated decisions
// (each team's decisions compared with the room's log as the server gives it back at the end).
// Bounded: every loop has a count, the whole run a time limit. Asserts nothing; docs/benchmarks.md.
//   npm run bench:room -- [--rooms 50] [--teams 10] [--quarters 12] [--single-only]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import {
  type BoardWelcome,
  EV,
  PUSH,
  ROOM_PROTOCOL,
  type TeamInfo,
  type TeamWelcome,
} from '../src/room/protocol';
import {
  contextOf,
  type GameRecord,
  initialState,
  parsePlan,
  parseScenarioText,
  planDecision,
  playTurn,
  type SimState,
  type TurnDecision,
} from '../src/sim';
import { redisServerPath, startRedis } from '../tests/e2e/redis-process';
import { ROOM_TEST_KEY, type RoomProcess, startRoomProcess } from '../tests/e2e/room-process';
import { quantileSorted } from './stats';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '50' },
    teams: { type: 'string', default: '10' },
    quarters: { type: 'string', default: '12' },
    'single-only': { type: 'boolean', default: false },
  },
});
const ROOMS = Math.min(200, Number(values.rooms));
const TEAMS = Math.min(40, Number(values.teams));
const QUARTERS = Math.min(24, Number(values.quarters));
const RUN_LIMIT_MS = 240_000;
const REDIS_PORT = 8152;

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
const plan = parsePlan(
  JSON.parse(readFileSync('scenarios/plans/continuity-dialogue.json', 'utf8')),
  scenario,
);

/** A small seeded generator for the pauses between confirms, so two runs wait alike. */
function pauses(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return 1000 + ((x >>> 0) % 2001);
  };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function connect(origin: string): Promise<Socket> {
  const s = io(origin, { transports: ['websocket'], reconnection: false, timeout: 20_000 });
  return new Promise((ok, fail) => {
    s.once('connect', () => ok(s));
    s.once('connect_error', fail);
  });
}

async function call<T>(s: Socket, event: string, msg: object): Promise<T> {
  const answer = (await s.timeout(20_000).emitWithAck(event, { v: ROOM_PROTOCOL, ...msg })) as
    | ({ ok: true } & T)
    | { ok: false; code: string; message: string };
  if (!answer.ok) throw new Error(`${event}: ${answer.code}: ${answer.message}`);
  return answer;
}

interface Figures {
  decisions: number;
  seconds: number;
  ack: number[];
  board: number[];
  lost: number;
  duplicated: number;
  /** Stored by the server, but its acknowledgement did not come in time (the team gave up): not a duplicate. */
  unacknowledged: number;
  missingOnBoard: number;
}

/** CPU seconds (user + system) and peak resident memory of a process, from /proc. */
function procStats(pid: number): { cpu: number; peakMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpu: ticks / 100, peakMb: hwm / 1024 };
}

async function runLoad(origins: string[]): Promise<Figures> {
  const figures: Figures = {
    decisions: 0,
    seconds: 0,
    ack: [],
    board: [],
    lost: 0,
    duplicated: 0,
    unacknowledged: 0,
    missingOnBoard: 0,
  };
  const deadline = Date.now() + RUN_LIMIT_MS;
  const origin = (i: number) => origins[i % origins.length]!;
  // When each decision was confirmed, by team and quarter: the boards' receipts are measured against it.
  const confirmedAt = new Map<string, number>();
  const seen = new Set<string>();
  const boards: Socket[] = [];
  const teams: {
    socket: Socket;
    id: string;
    code: string;
    sent: TurnDecision[];
    waiting: TurnDecision | null;
  }[] = [];

  const rooms: { code: string; secret: string; board: Socket }[] = [];
  for (let r = 0; r < ROOMS; r++) {
    // The board of room r sits on another process than most of its teams when there are two.
    const board = await connect(origin(r + 1));
    boards.push(board);
    board.on(PUSH.team, (info: TeamInfo) => {
      const n = info.game?.turns.length ?? 0;
      const key = `${info.id}/${n}`;
      const at = confirmedAt.get(key);
      if (at !== undefined && !seen.has(key)) {
        seen.add(key);
        figures.board.push(performance.now() - at);
      }
    });
    const made = await call<BoardWelcome>(board, EV.boardCreate, {
      key: ROOM_TEST_KEY,
      session: { scenario: scenario.id, seed: `bench-${r}`, turns: QUARTERS },
    });
    rooms.push({ code: made.room, secret: made.secret, board });
  }

  const teamRuns: Promise<void>[] = [];
  const start = performance.now();
  for (let r = 0; r < ROOMS; r++)
    for (let t = 0; t < TEAMS; t++) {
      const i = r * TEAMS + t;
      teamRuns.push(
        (async () => {
          const socket = await connect(origin(i));
          const w = await call<TeamWelcome>(socket, EV.teamJoin, {
            code: rooms[r]!.code,
            name: `team ${t + 1}`,
          });
          const started = await call<{ game: GameRecord }>(socket, EV.teamStart, { objective: 'retention' });
          const team = {
            socket,
            id: w.team,
            code: w.room,
            sent: [] as TurnDecision[],
            waiting: null as TurnDecision | null,
          };
          teams.push(team);
          const ctx = contextOf(scenario, started.game);
          let state: SimState = initialState(ctx, started.game.seed);
          const queue: string[] = [];
          const pause = pauses(i + 1);
          for (let q = 1; q <= QUARTERS && !state.ending && Date.now() < deadline; q++) {
            await sleep(pause());
            const d = planDecision(ctx, plan, state, queue);
            const t0 = performance.now();
            confirmedAt.set(`${w.team}/${q}`, t0);
            team.waiting = d;
            await call(socket, EV.teamDecide, { turn: q, decision: d });
            team.waiting = null;
            figures.ack.push(performance.now() - t0);
            figures.decisions++;
            team.sent.push(d);
            state = playTurn(ctx, state, d).state;
          }
        })(),
      );
    }
  const results = await Promise.allSettled(teamRuns);
  figures.seconds = (performance.now() - start) / 1000;
  const failed = results.filter((x) => x.status === 'rejected');
  if (failed.length > 0)
    console.log(`  ${failed.length} team(s) failed: ${String((failed[0] as PromiseRejectedResult).reason)}`);
  // Let the last board messages arrive, then compare each team's decisions with the room's log.
  await sleep(500);
  for (const room of rooms) {
    const view = await call<BoardWelcome>(room.board, EV.boardOpen, { code: room.code, secret: room.secret });
    for (const info of view.teams) {
      const team = teams.find((x) => x.id === info.id);
      const logged = info.game?.turns ?? [];
      const sent = team?.sent ?? [];
      // A decision sent whose acknowledgement timed out may be stored all the same: it is not a duplicate.
      const waiting = team?.waiting;
      const late =
        waiting &&
        logged.length === sent.length + 1 &&
        JSON.stringify(logged.at(-1)) === JSON.stringify(waiting);
      if (late) figures.unacknowledged++;
      const expected = sent.length + (late ? 1 : 0);
      figures.lost += Math.max(0, sent.length - logged.length);
      figures.duplicated += Math.max(0, logged.length - expected);
      for (let q = 0; q < Math.min(sent.length, logged.length); q++)
        if (JSON.stringify(sent[q]) !== JSON.stringify(logged[q])) figures.lost++;
    }
  }
  figures.missingOnBoard = figures.decisions - figures.board.length;
  for (const s of [...boards, ...teams.map((x) => x.socket)]) s.disconnect();
  return figures;
}

function report(label: string, f: Figures, servers: RoomProcess[], before: { cpu: number }[]) {
  const q = (xs: number[], p: number) =>
    quantileSorted(
      [...xs].sort((a, b) => a - b),
      p,
    ).toFixed(1);
  const stats = servers.map((s) => procStats(s.pid));
  const cpu = stats.reduce((sum, s, i) => sum + s.cpu - before[i]!.cpu, 0);
  console.log(`\n${label}`);
  console.log(
    `  clients: ${ROOMS} rooms x ${TEAMS} teams = ${ROOMS * TEAMS} teams (+ ${ROOMS} boards), ${QUARTERS} quarters`,
  );
  console.log(
    `  decisions: ${f.decisions} in ${f.seconds.toFixed(1)} s = ${(f.decisions / f.seconds).toFixed(1)} per s`,
  );
  console.log(
    `  confirm -> acknowledged (ms): p50 ${q(f.ack, 0.5)}  p95 ${q(f.ack, 0.95)}  p99 ${q(f.ack, 0.99)}`,
  );
  console.log(
    `  confirm -> facilitator's board (ms): p50 ${q(f.board, 0.5)}  p95 ${q(f.board, 0.95)}  p99 ${q(f.board, 0.99)}  (target p95 < 150 with one process)`,
  );
  console.log(
    `  server CPU: ${cpu.toFixed(1)} s over the run (${((cpu / f.seconds) * 100).toFixed(0)}% of one core)`,
  );
  console.log(
    `  server memory (peak resident): ${stats.map((s) => `${s.peakMb.toFixed(0)} MB`).join(' + ')}`,
  );
  console.log(
    `  lost: ${f.lost}  duplicated: ${f.duplicated}  (target 0 and 0)  not seen on a board: ${f.missingOnBoard}` +
      (f.unacknowledged ? `  stored but acknowledged too late (timed out): ${f.unacknowledged}` : ''),
  );
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sj-bench-room-'));
  try {
    const one = await startRoomProcess({ dataDir: join(dir, 'disk'), joinsPerMinute: 1_000_000 });
    try {
      const before = [procStats(one.pid)];
      report('One process, rooms on disk (fsync per decision)', await runLoad([one.origin]), [one], before);
    } finally {
      await one.stop();
    }
    if (values['single-only']) return;
    if (!redisServerPath()) {
      console.log(
        '\nTwo processes with Redis: skipped, redis-server is not installed (apt-get install redis-server)',
      );
      return;
    }
    const redis = await startRedis(REDIS_PORT, dir);
    try {
      const a = await startRoomProcess({
        dataDir: join(dir, 'a'),
        redisUrl: redis.url,
        joinsPerMinute: 1_000_000,
      });
      const b = await startRoomProcess({
        dataDir: join(dir, 'b'),
        redisUrl: redis.url,
        joinsPerMinute: 1_000_000,
      });
      try {
        const before = [procStats(a.pid), procStats(b.pid)];
        report(
          'Two processes sharing one Redis (appendfsync always)',
          await runLoad([a.origin, b.origin]),
          [a, b],
          before,
        );
      } finally {
        await a.stop();
        await b.stop();
      }
    } finally {
      await redis.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
