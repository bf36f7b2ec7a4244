// The realtime endpoint: what each message of the protocol does. Every message is size-limited by
// Socket.IO, parsed with the protocol's zod schemas, and answered through its acknowledgement; a team can
// only write its own log (its socket carries the team it proved with its token), a board only controls the
// room whose secret it gave.
import type { Server, Socket } from 'socket.io';
import {
  type Answer,
  type BoardWelcome,
  EV,
  PUSH,
  type Refusal,
  type TeamInfo,
  type TeamWelcome,
} from '../room/protocol';
import { cleanRoomCode } from '../room/room-code';
import {
  boardControlSchema,
  boardCreateSchema,
  boardOpenSchema,
  parseMessage,
  teamDecideSchema,
  teamJoinSchema,
  teamPresenceSchema,
  teamResumeSchema,
  teamStartSchema,
} from '../room/schemas';
import type { GameRecord } from '../sim';
import { RateLimit } from './rate-limit';
import {
  checkControl,
  checkDecision,
  checkJoin,
  checkStart,
  controlState,
  type RoomState,
  type TeamState,
} from './room-state';
import type { Rooms } from './rooms';
import { digest, matches, newId, newRoomCode, newSecret } from './secrets';

export interface HandlerOptions {
  rooms: Rooms;
  /** sha256 of the key that lets a facilitator create rooms. */
  hostKey: string;
  /** Joins (and rejoins, and room creations) allowed per client address and minute. */
  joinsPerMinute: number;
  now?: () => number;
}

interface SocketData {
  room?: string;
  team?: string;
  board?: string;
  view: 'choosing' | 'confirmed';
}

type Ack = (answer: unknown) => void;
const unknownRoom: Refusal = { ok: false, code: 'unknown-room', message: 'there is no room with this code' };

export function attachHandlers(io: Server, options: HandlerOptions): void {
  const { rooms } = options;
  const now = options.now ?? Date.now;
  const joins = new RateLimit(options.joinsPerMinute, Math.max(10, options.joinsPerMinute / 2), now);
  // Per socket: a team sends a few messages a minute; a flood is refused, not queued.
  const perSocket = () => new RateLimit(240, 60, now);

  const teamRoom = (team: string) => `team:${team}`;
  const playersOf = (code: string) => `room:${code}`;
  const boardsOf = (code: string) => `board:${code}`;

  /** Whether any socket of the team is connected, on any process. */
  const online = async (team: string) => (await io.in(teamRoom(team)).fetchSockets()).length > 0;

  const infoOf = (t: TeamState, isOnline: boolean, view: SocketData['view']): TeamInfo => ({
    id: t.id,
    name: t.name,
    rank: t.rank,
    online: isOnline,
    view,
    game: t.game,
  });

  const tellBoards = (code: string, info: TeamInfo) => io.to(boardsOf(code)).emit(PUSH.team, info);
  const tellControl = (room: RoomState) =>
    io.to([playersOf(room.code), boardsOf(room.code)]).emit(PUSH.control, controlState(room, now()));

  io.on('connection', (socket: Socket) => {
    const data = socket.data as SocketData;
    data.view = 'choosing';
    const address = socket.handshake.address;
    const limit = perSocket();

    /** Registers a handler that parses its message and always answers, whatever goes wrong. */
    const on = <M>(
      event: string,
      schema: Parameters<typeof parseMessage<M>>[0],
      handle: (msg: M) => Promise<unknown>,
      gate?: () => boolean,
    ) => {
      socket.on(event, async (raw: unknown, ack: unknown) => {
        const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => {};
        if (!limit.take('m') || (gate && !gate()))
          return reply({ ok: false, code: 'rate-limited', message: 'too many requests: wait a moment' });
        const parsed = parseMessage(schema, raw);
        if (!parsed.ok) return reply(parsed);
        try {
          reply(await handle(parsed.value));
        } catch (e) {
          console.error(`room server: ${event} failed:`, e);
          reply({ ok: false, code: 'busy', message: 'the server could not do this now: try again' });
        }
      });
    };
    const joinGate = () => joins.take(address);

    const welcome = (room: RoomState, team: TeamState, token: string): TeamWelcome => ({
      room: room.code,
      team: team.id,
      token,
      name: team.name,
      session: room.session,
      control: controlState(room, now()),
      game: team.game,
    });

    const enter = async (code: string, team: TeamState) => {
      await socket.join([playersOf(code), teamRoom(team.id)]);
      data.room = code;
      data.team = team.id;
      tellBoards(code, infoOf(team, true, data.view));
    };

    on(
      EV.teamJoin,
      teamJoinSchema,
      async (msg): Promise<Answer<TeamWelcome>> => {
        const code = cleanRoomCode(msg.code);
        if (!code) return { ok: false, code: 'unknown-room', message: 'a room code has 6 letters or digits' };
        const token = newSecret();
        const id = newId();
        const answer = await rooms.change<Answer<TeamWelcome>>(code, (room, at) => {
          if (!room) return { answer: () => unknownRoom };
          const name = checkJoin(room, msg.name);
          if (!name.ok) return { answer: () => name };
          return {
            entry: { k: 'join', team: id, name: name.value, token: digest(token), at },
            answer: (r) => ({ ok: true as const, ...welcome(r!, r!.teams.get(id)!, token) }),
          };
        });
        if (answer.ok) await enter(code, (await teamOf(code, id))!);
        return answer;
      },
      joinGate,
    );

    on(
      EV.teamResume,
      teamResumeSchema,
      async (msg): Promise<Answer<TeamWelcome>> => {
        const code = cleanRoomCode(msg.code);
        if (!code) return unknownRoom;
        const answer = await rooms.read(code, (room): Answer<TeamWelcome> => {
          if (!room) return unknownRoom;
          const team = room.teams.get(msg.team);
          if (!team || !matches(msg.token, team.token))
            return { ok: false, code: 'forbidden', message: 'this page is not a team of this room' };
          return { ok: true, ...welcome(room, team, msg.token) };
        });
        if (answer.ok) await enter(code, (await teamOf(code, msg.team))!);
        return answer;
      },
      joinGate,
    );

    const teamOf = (code: string, id: string) => rooms.read(code, (room) => room?.teams.get(id) ?? null);

    const mine = (): { code: string; team: string } | Refusal =>
      data.room && data.team
        ? { code: data.room, team: data.team }
        : { ok: false, code: 'not-joined', message: 'join a room first' };

    on(EV.teamStart, teamStartSchema, async (msg): Promise<Answer<{ game: GameRecord }>> => {
      const me = mine();
      if ('ok' in me) return me;
      let folded: TeamState | undefined;
      const answer = await rooms.change<Answer<{ game: GameRecord }>>(me.code, (room, at) => {
        const team = room?.teams.get(me.team);
        if (!room || !team) return { answer: () => unknownRoom };
        const ok = checkStart(room, team, msg.objective);
        if (!ok.ok) return { answer: () => ok };
        folded = team;
        return {
          entry: { k: 'start', team: team.id, objective: ok.value, at },
          answer: () => ({ ok: true as const, game: team.game! }),
        };
      });
      if (answer.ok && folded) tellBoards(me.code, infoOf(folded, true, data.view));
      return answer;
    });

    on(
      EV.teamDecide,
      teamDecideSchema,
      async (msg): Promise<Answer<{ turn: number; duplicate: boolean; game: GameRecord }>> => {
        const me = mine();
        if ('ok' in me) return me;
        type Accepted = Answer<{ turn: number; duplicate: boolean; game: GameRecord }>;
        let folded: TeamState | undefined;
        const answer = await rooms.change<Accepted>(me.code, (room, at) => {
          const team = room?.teams.get(me.team);
          if (!room || !team) return { answer: () => unknownRoom };
          const ok = checkDecision(room, team, msg.turn, msg.decision);
          if (!ok.ok) return { answer: () => ok };
          folded = team;
          const accepted = () => ({
            ok: true as const,
            turn: msg.turn,
            duplicate: ok.duplicate,
            game: team.game!,
          });
          if (ok.duplicate) return { answer: accepted };
          return {
            entry: { k: 'turn', team: team.id, turn: msg.turn, decision: msg.decision, at },
            answer: accepted,
          };
        });
        // The boards hear of the decision from the state it was just folded into: no second pass through
        // the room's queue (behind other teams' writes), nor, with Redis, a second read of the log.
        if (answer.ok && !answer.duplicate && folded) {
          data.view = 'confirmed';
          tellBoards(me.code, infoOf(folded, true, data.view));
        }
        return answer;
      },
    );

    on(EV.teamPresence, teamPresenceSchema, async (msg): Promise<Answer<object>> => {
      const me = mine();
      if ('ok' in me) return me;
      if (data.view !== msg.view) {
        data.view = msg.view;
        await reportTeam(me.code, me.team);
      }
      return { ok: true };
    });

    /** Tells the boards about a team (from this socket, which is the team's and so online). */
    const reportTeam = async (code: string, id: string) => {
      const team = await teamOf(code, id);
      if (team) tellBoards(code, infoOf(team, true, data.view));
    };

    const boardWelcome = async (room: RoomState, secret: string): Promise<BoardWelcome> => {
      const sockets = await io.in(playersOf(room.code)).fetchSockets();
      const views = new Map<string, SocketData['view']>();
      for (const s of sockets) {
        const d = s.data as SocketData;
        if (d.team) views.set(d.team, d.view);
      }
      return {
        room: room.code,
        secret,
        session: room.session,
        control: controlState(room, now()),
        teams: [...room.teams.values()].map((t) => infoOf(t, views.has(t.id), views.get(t.id) ?? 'choosing')),
      };
    };

    const watch = async (code: string) => {
      await socket.join(boardsOf(code));
      data.board = code;
    };

    on(
      EV.boardCreate,
      boardCreateSchema,
      async (msg): Promise<Answer<BoardWelcome>> => {
        if (!matches(msg.key, options.hostKey))
          return { ok: false, code: 'forbidden', message: 'this is not the key of this server' };
        const secret = newSecret();
        for (let attempt = 0; attempt < 5; attempt++) {
          const code = newRoomCode();
          const made = await rooms.change<RoomState | null>(code, (room, at) => {
            if (room) return { answer: () => null };
            return {
              entry: { k: 'room', code, secret: digest(secret), session: msg.session, at },
              answer: (r) => r,
            };
          });
          if (made) {
            await watch(code);
            return { ok: true, ...(await boardWelcome(made, secret)) };
          }
        }
        return { ok: false, code: 'busy', message: 'no free room code: try again' };
      },
      joinGate,
    );

    on(
      EV.boardOpen,
      boardOpenSchema,
      async (msg): Promise<Answer<BoardWelcome>> => {
        const code = cleanRoomCode(msg.code);
        const room = code ? await rooms.read(code, (r) => r) : null;
        if (!room) return unknownRoom;
        if (!matches(msg.secret, room.secret))
          return { ok: false, code: 'forbidden', message: 'this is not the secret of this room' };
        await watch(room.code);
        return { ok: true, ...(await boardWelcome(room, msg.secret)) };
      },
      joinGate,
    );

    on(EV.boardControl, boardControlSchema, async (msg): Promise<Answer<object>> => {
      const code = data.board;
      if (!code) return { ok: false, code: 'forbidden', message: 'open the room with its secret first' };
      const answer = await rooms.change<Answer<object>>(code, (room, at) => {
        if (!room) return { answer: () => unknownRoom };
        const ok = checkControl(room, msg.control);
        if (!ok.ok) return { answer: () => ok };
        return { entry: { k: 'control', control: ok.value, at }, answer: () => ({ ok: true as const }) };
      });
      if (answer.ok) {
        const room = await rooms.read(code, (r) => r);
        if (room) {
          tellControl(room);
          if (msg.control.action === 'push-event')
            for (const team of room.teams.values()) {
              io.to(teamRoom(team.id)).emit(PUSH.game, team.game);
              tellBoards(code, infoOf(team, await online(team.id), 'choosing'));
            }
        }
      }
      return answer;
    });

    socket.on('disconnect', async () => {
      const { room, team } = data;
      if (!room || !team) return;
      const t = await teamOf(room, team).catch(() => null);
      if (t) tellBoards(room, infoOf(t, await online(team), data.view));
    });
  });
}
