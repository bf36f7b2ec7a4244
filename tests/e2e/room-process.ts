// Starts the real live room server (`npm run room`'s program) as a child process on 127.0.0.1, for the e2e
// tests and the load benchmark; no vitest import. The server is killed by its own process id.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const ROOM_TEST_KEY = 'e2e-room-key-0123456789abcdef';

export interface RoomProcess {
  origin: string;
  port: number;
  pid: number;
  /** Everything the server printed. */
  output(): string;
  /** Stops it like a crash (SIGKILL) or politely (SIGTERM), and waits until it has exited. */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

export interface RoomProcessOptions {
  dataDir: string;
  port?: number;
  redisUrl?: string;
  joinsPerMinute?: number;
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export async function startRoomProcess(o: RoomProcessOptions): Promise<RoomProcess> {
  const port = o.port ?? (await freePort());
  // tsx as a loader in this very process (its CLI would run the server in a child of its own, which a
  // SIGKILL of the CLI would leave running).
  const args = [
    '--import',
    'tsx',
    'src/server/main.ts',
    '--no-build',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--data',
    o.dataDir,
    '--joins-per-minute',
    String(o.joinsPerMinute ?? 600),
  ];
  const env = { ...process.env, ROOM_HOST_KEY: ROOM_TEST_KEY, REDIS_URL: o.redisUrl ?? '' };
  const child: ChildProcess = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the room server did not start in 30 s:\n${out}`)), 30_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the room server exited (${code}) before it started:\n${out}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    output: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
