// Room logs on disk: one JSON-lines file per room under DIR/rooms/. An entry is on the disk before
// append() resolves, so an acknowledged decision survives a crash or a power cut; a line cut short by a
// crash (never acknowledged) is ignored when the room is read back. One process owns a data folder.
import { constants, mkdirSync } from 'node:fs';
import { type FileHandle, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOM_CODE_ALPHABET } from '../room/room-code';
import type { LogEntry, RoomLog } from './room-log';

const FILE = new RegExp(`^[${ROOM_CODE_ALPHABET}]{6}\\.jsonl$`);

// Opened with O_DSYNC, each write returns once its data is on the disk: one call to the thread pool per
// entry instead of a write and then an fdatasync (two waits for the event loop, which on a busy machine
// each cost a turn on the CPU). Where the system has no O_DSYNC, write then fdatasync.
const DSYNC = constants.O_DSYNC;
const APPEND_FLAGS = DSYNC ? constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | DSYNC : 'a';

export class DiskLog implements RoomLog {
  readonly shared = false;
  private readonly dir: string;
  private readonly handles = new Map<string, FileHandle>();
  /** Entries per room as far as this process knows (it is the only writer). */
  private readonly lengths = new Map<string, number>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'rooms');
    mkdirSync(this.dir, { recursive: true });
  }

  private file(code: string): string {
    return join(this.dir, `${code}.jsonl`);
  }

  async read(code: string, from: number): Promise<LogEntry[] | null> {
    let text: string;
    try {
      text = await readFile(this.file(code), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    const lines = text.split('\n');
    const entries: LogEntry[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line === '') continue;
      try {
        entries.push(JSON.parse(line) as LogEntry);
      } catch (e) {
        // Only the last line can be torn by a crash; anything else means the file was damaged.
        if (i === lines.length - 1) break;
        throw new Error(`room ${code}: line ${i + 1} of its log is damaged (${(e as Error).message})`);
      }
    }
    this.lengths.set(code, entries.length);
    return entries.slice(from);
  }

  async append(code: string, length: number, entry: LogEntry): Promise<boolean> {
    const known = this.lengths.get(code) ?? 0;
    if (known !== length) return false;
    let handle = this.handles.get(code);
    if (!handle) {
      handle = await open(this.file(code), APPEND_FLAGS);
      this.handles.set(code, handle);
      // A new file's name is in the folder only once the folder itself is synced.
      if (length === 0) await syncDir(this.dir);
    }
    await handle.write(`${JSON.stringify(entry)}\n`);
    if (!DSYNC) await handle.datasync();
    this.lengths.set(code, length + 1);
    return true;
  }

  async list(): Promise<{ code: string; updatedAt: number }[]> {
    const out: { code: string; updatedAt: number }[] = [];
    for (const name of await readdir(this.dir)) {
      if (!FILE.test(name)) continue;
      const s = await stat(join(this.dir, name));
      out.push({ code: name.slice(0, 6), updatedAt: s.mtimeMs });
    }
    return out;
  }

  async remove(code: string): Promise<void> {
    await this.handles.get(code)?.close();
    this.handles.delete(code);
    this.lengths.delete(code);
    await rm(this.file(code), { force: true });
  }

  async close(): Promise<void> {
    for (const h of this.handles.values()) await h.close();
    this.handles.clear();
  }
}

async function syncDir(dir: string): Promise<void> {
  const h = await open(dir, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}
