// `npm run room`: the live room server. Builds the game if needed, serves it with the realtime endpoint on
// one port, and prints the facilitator's address (with the key that creates rooms) and the teams' address.
//
//   npm run room -- [--port 8080] [--host 0.0.0.0] [--data DIR] [--retention-days 30]
//                   [--joins-per-minute 120] [--origin https://other.example] [--no-build]
//   REDIS_URL=redis://host:6379 npm run room      rooms in Redis, shared by every process
//   ROOM_HOST_KEY=...                               the facilitator's key (else kept in DIR or Redis)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from 'redis';
import { parseScenario } from '../sim';
import { bundledScenarios } from '../store/scenarios';
import { buildIfNeeded } from './build-if-needed';
import { startRoomServer } from './room-server';
import { newSecret } from './secrets';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '0.0.0.0' },
    data: { type: 'string', default: 'room-data' },
    'retention-days': { type: 'string', default: '30' },
    'joins-per-minute': { type: 'string', default: '120' },
    origin: { type: 'string', multiple: true, default: [] },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`npm run room: ${message}`);
  process.exit(2);
}

function whole(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** The facilitator's key: given, or made once and kept beside the rooms so the address stays the same. */
async function hostKey(dataDir: string, redisUrl: string | undefined): Promise<string> {
  const given = process.env.ROOM_HOST_KEY;
  if (given) {
    if (given.length < 16) fail('ROOM_HOST_KEY must have at least 16 characters');
    return given;
  }
  if (redisUrl) {
    const client = createClient({ url: redisUrl });
    await client.connect();
    await client.set('sj:host-key', newSecret(), { NX: true });
    const key = (await client.get('sj:host-key'))!;
    await client.quit();
    return key;
  }
  const file = join(dataDir, 'host-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = newSecret();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/** The addresses other devices can reach this machine at (the room's Wi-Fi), else localhost. */
function lanAddresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) found.push(a.address);
  return found.length > 0 ? found : ['127.0.0.1'];
}

async function main() {
  if (values.help) {
    console.log(
      readFileSync(new URL(import.meta.url), 'utf8')
        .split('\n')
        .slice(0, 8)
        .join('\n'),
    );
    return;
  }
  const port = whole('port', values.port!, 0, 65535);
  const retentionDays = whole('retention-days', values['retention-days']!, 1, 3650);
  const joinsPerMinute = whole('joins-per-minute', values['joins-per-minute']!, 1, 1_000_000);
  const dataDir = resolve(values.data!);
  const redisUrl = process.env.REDIS_URL || undefined;
  if (!redisUrl) mkdirSync(dataDir, { recursive: true });
  if (!values['no-build']) buildIfNeeded();
  const scenarios = bundledScenarios().map((s) => parseScenario(s, `scenario ${s.id}`));
  const key = await hostKey(dataDir, redisUrl);
  const server = await startRoomServer({
    port,
    host: values.host!,
    dist: resolve('dist'),
    scenarios,
    hostKey: key,
    dataDir,
    redisUrl,
    retentionDays,
    joinsPerMinute,
    origins: values.origin ?? [],
  });
  const base = (address: string) =>
    `http://${address.includes(':') ? `[${address}]` : address}:${server.port}`;
  const where = lanAddresses(values.host!);
  console.log(`Social Journey live room on port ${server.port}`);
  console.log(`  rooms kept ${redisUrl ? 'in Redis' : `in ${dataDir}`}, deleted after ${retentionDays} days`);
  console.log('  facilitator (keep this address to yourself):');
  for (const a of where) console.log(`    ${base(a)}/facilitator.html#live=${key}`);
  console.log('  teams join at:');
  for (const a of where) console.log(`    ${base(a)}/`);
  console.log('Stop with Ctrl+C.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => fail((e as Error).message ?? String(e)));
