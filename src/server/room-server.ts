// One process of the live room: the built game and the realtime endpoint on one port. Rooms are kept on
// disk (one process) or in Redis (any number of processes behind a load balancer, with the Socket.IO
// Redis streams adapter carrying messages between them). Websocket only: no long-polling, so a load
// balancer needs no sticky sessions.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { MAX_MESSAGE_BYTES } from '../room/protocol';
import type { Scenario } from '../sim';
import { DiskLog } from './disk-log';
import { attachHandlers } from './handlers';
import { RedisLog } from './redis-log';
import type { RoomLog } from './room-log';
import { Rooms } from './rooms';
import { digest } from './secrets';
import { staticFiles } from './static-files';

export interface RoomServerOptions {
  port: number;
  host: string;
  /** The built site. */
  dist: string;
  scenarios: Scenario[];
  /** The key that lets a facilitator create rooms (shown in the facilitator's address). */
  hostKey: string;
  /** Where rooms are kept when there is no Redis. */
  dataDir: string;
  redisUrl?: string;
  retentionDays: number;
  joinsPerMinute: number;
  /** Extra origins allowed to open the realtime endpoint (a page served from another address). */
  origins: string[];
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

const HOUR = 3_600_000;

export async function startRoomServer(o: RoomServerOptions): Promise<RunningServer> {
  const retentionMs = o.retentionDays * 24 * HOUR;
  let redis: ReturnType<typeof createClient> | null = null;
  let log: RoomLog;
  if (o.redisUrl) {
    redis = createClient({ url: o.redisUrl });
    redis.on('error', (e: Error) => console.error(`room server: redis: ${e.message}`));
    await redis.connect();
    log = new RedisLog(redis, Math.ceil(retentionMs / 1000));
  } else {
    log = new DiskLog(o.dataDir);
  }
  const rooms = new Rooms(log, o.scenarios);

  const files = staticFiles(o.dist);
  const http: HttpServer = createServer((req, res) => {
    files(req, res).catch(() => res.writeHead(500).end());
  });
  const io = new Server(http, {
    transports: ['websocket'],
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    // No CORS headers at all: only pages of this server (or the origins given) may connect.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      const host = req.headers.host;
      const same = !origin || (host !== undefined && new URL(origin).host === host);
      callback(null, same || o.origins.includes(origin ?? ''));
    },
    ...(redis ? { adapter: createAdapter(redis) } : {}),
  });
  attachHandlers(io, { rooms, hostKey: digest(o.hostKey), joinsPerMinute: o.joinsPerMinute });

  const sweep = () =>
    rooms
      .sweep(retentionMs)
      .then((gone) => gone.length > 0 && console.log(`room server: deleted ${gone.length} old room(s)`))
      .catch((e: unknown) => console.error('room server: sweep failed:', e));
  await sweep();
  const timer = setInterval(sweep, HOUR);
  timer.unref();

  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(o.port, o.host, () => ok());
  });
  const { port } = http.address() as AddressInfo;
  return {
    port,
    async close() {
      clearInterval(timer);
      await new Promise<void>((ok) => io.close(() => ok()));
      http.closeAllConnections();
      await log.close();
      if (redis) await redis.quit().catch(() => {});
    },
  };
}
