// Room logs in Redis: one list per room (sj:room:CODE), shared by every server process. An append is one
// Lua script that checks the list's length first, so two processes never interleave a room's entries; the
// loser re-reads the room and tries again. Each append renews the room's expiry (the retention period).
import type { createClient } from 'redis';
import type { LogEntry, RoomLog } from './room-log';

type Client = ReturnType<typeof createClient>;

const PREFIX = 'sj:room:';
const APPEND = `
if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[1]) then return 0 end
redis.call('RPUSH', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1`;

export class RedisLog implements RoomLog {
  readonly shared = true;

  constructor(
    private readonly client: Client,
    private readonly retentionSeconds: number,
  ) {}

  async read(code: string, from: number): Promise<LogEntry[] | null> {
    const items = await this.client.lRange(PREFIX + code, from, -1);
    if (items.length === 0 && from === 0) return null;
    return items.map((s) => JSON.parse(s) as LogEntry);
  }

  async append(code: string, length: number, entry: LogEntry): Promise<boolean> {
    const done = await this.client.eval(APPEND, {
      keys: [PREFIX + code],
      arguments: [String(length), JSON.stringify(entry), String(this.retentionSeconds)],
    });
    return done === 1;
  }

  async list(): Promise<{ code: string; updatedAt: number }[]> {
    // Redis expires rooms by itself; nothing to sweep.
    return [];
  }

  async remove(code: string): Promise<void> {
    await this.client.del(PREFIX + code);
  }

  async close(): Promise<void> {}
}
