// Starts a real redis-server (Debian's package) for the tests and the load benchmark, on a port of its
// own, with every write fsync'ed (the durability the live room documents). Stopped by its process id.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { waitForLine } from './room-process';

export interface RedisProcess {
  url: string;
  stop(): Promise<void>;
}

/** The redis-server binary, or null when it is not installed. */
export function redisServerPath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

export async function startRedis(port: number, dir: string): Promise<RedisProcess> {
  const bin = redisServerPath();
  if (!bin) throw new Error('redis-server is not installed (apt-get install redis-server)');
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
  args.push('--appendonly', 'yes', '--appendfsync', 'always', '--protected-mode', 'yes');
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  await waitForLine(child, 'Ready to accept connections', 'redis-server', 20_000).catch((e) => {
    child.kill('SIGKILL');
    throw e;
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
