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
  // ROOM_CPU_PROF=DIR: the server writes a V8 CPU profile there when it stops (to see where its time goes).
  const profile = process.env.ROOM_CPU_PROF
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.ROOM_CPU_PROF]
    : [];
  const args = [
    ...profile,
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
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const output = await waitForLine(child, 'Stop with Ctrl+C', 'the room server', 30_000).catch((e) => {
    child.kill('SIGKILL');
    throw e;
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    output: () => output.text,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Waits until a child process prints `marker`; fails with what it printed if it exits or takes too long. */
export function waitForLine(
  child: ChildProcess,
  marker: string,
  what: string,
  timeoutMs: number,
): Promise<{ text: string }> {
  const output = { text: '' };
  return new Promise((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`${what} did not start in ${timeoutMs / 1000} s:\n${output.text}`)),
      timeoutMs,
    );
    const read = (chunk: Buffer) => {
      output.text += chunk.toString();
      if (output.text.includes(marker)) {
        clearTimeout(timer);
        ok(output);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${what} exited (${code}) before it started:\n${output.text}`));
    });
  });
}
