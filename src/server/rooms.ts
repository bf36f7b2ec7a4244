// The rooms a process serves: each room's state folded from its log and kept in memory, and one change at
// a time per room. A change is checked against the state, written to the log, and only then folded in and
// answered, so nothing is acknowledged that is not stored. With a shared log (Redis) a change is first
// decided on the state this process has; its append fails if the log has grown meanwhile, and then (or
// when the answer is a refusal) it is decided again on the log as it is now.
import type { Scenario } from '../sim';
import type { LogEntry, RoomLog } from './room-log';
import { applyEntry, openRoom, type RoomState } from './room-state';

/** What a change decides: the entry to store (if any), and the answer, made once it is stored and folded. */
export interface Change<T> {
  entry?: LogEntry;
  answer(room: RoomState | null): T;
}

const RETRIES = 8;

export class Rooms {
  private readonly cache = new Map<string, RoomState>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly log: RoomLog,
    private readonly scenarios: readonly Scenario[],
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `task` after every earlier task on the same room (one change at a time per room). */
  private serial<T>(code: string, task: () => Promise<T>): Promise<T> {
    const before = this.queues.get(code) ?? Promise.resolve();
    const run = before.then(task, task);
    const tail = run.catch(() => {});
    this.queues.set(code, tail);
    tail.then(() => {
      if (this.queues.get(code) === tail) this.queues.delete(code);
    });
    return run;
  }

  /**
   * The room up to date, or null when it does not exist. `trustCache`: a change may start from the cached
   * state even with a shared log, since its append checks the log's length and fails if anything was added.
   */
  private async load(code: string, trustCache = false): Promise<RoomState | null> {
    let room = this.cache.get(code);
    if (room && (!this.log.shared || trustCache)) return room;
    const entries = await this.log.read(code, room?.length ?? 0);
    if (entries === null) {
      this.cache.delete(code);
      return null;
    }
    let i = 0;
    if (!room) {
      if (entries.length === 0) return null;
      room = openRoom(entries[0]!, this.scenarios);
      i = 1;
    }
    for (; i < entries.length; i++) applyEntry(room, entries[i]!);
    this.cache.set(code, room);
    return room;
  }

  /** Reads a room (up to date) without changing it. */
  read<T>(code: string, look: (room: RoomState | null) => T): Promise<T> {
    return this.serial(code, async () => look(await this.load(code)));
  }

  /**
   * Decides a change on the room's current state and stores its entry before answering. `decide` must be
   * a pure function of the state: with a shared log it may run again on a newer state.
   */
  change<T>(code: string, decide: (room: RoomState | null, now: number) => Change<T>): Promise<T> {
    return this.serial(code, async () => {
      for (let attempt = 0; attempt < RETRIES; attempt++) {
        // First on what this process knows (one round trip to Redis instead of two); after a lost race,
        // on the log as it is now.
        const room = await this.load(code, attempt === 0);
        const now = this.now();
        const { entry, answer } = decide(room, now);
        // A refusal decided on a cached state is checked again on the log as it is now.
        if (!entry && attempt === 0 && this.log.shared) continue;
        if (!entry) return answer(room);
        if (!room) {
          if (entry.k !== 'room') throw new Error('only a room entry can start a room');
          if (!(await this.log.append(code, 0, entry))) continue;
          const created = openRoom(entry, this.scenarios);
          this.cache.set(code, created);
          return answer(created);
        }
        if (await this.log.append(code, room.length, entry)) {
          applyEntry(room, entry);
          return answer(room);
        }
        // Another process wrote first: read what it wrote and decide again.
      }
      throw new Error(`room ${code} is too busy: ${RETRIES} writes in a row lost to another process`);
    });
  }

  /** Deletes rooms untouched for longer than the retention period; returns their codes. */
  async sweep(retentionMs: number): Promise<string[]> {
    const old = (await this.log.list()).filter((r) => this.now() - r.updatedAt > retentionMs);
    for (const { code } of old)
      await this.serial(code, async () => {
        await this.log.remove(code);
        this.cache.delete(code);
      });
    return old.map((r) => r.code);
  }
}
