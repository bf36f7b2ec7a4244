// The shelf in IndexedDB, through idb (a small, well-kept wrapper): one database per site, one object
// store per kind, and a BroadcastChannel that tells the other tabs of this site what changed. Opening it
// also moves what earlier versions left in localStorage (migrate.ts). Where IndexedDB is refused (some
// private windows, a blocked site), the page gets a shelf in memory and a warning: the team still plays.
import { type IDBPDatabase, openDB } from 'idb';
import { memoryShelf } from './memory-shelf';
import { forgetLegacy, type LegacyData, readLegacy } from './migrate';
import type { KeyValueStorage } from './persist';
import { openShelfOver, SHELF_KINDS, type Shelf, type ShelfBackend, type ShelfKind } from './shelf';

export const DB_NAME = 'social-journey';
const DB_VERSION = 1;
/** An open that neither succeeds nor fails (a stuck upgrade in another tab) is given up after this. */
const OPEN_TIMEOUT_MS = 5000;

function idbBackend(db: IDBPDatabase, channelName: string): ShelfBackend {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  return {
    loadAll: (kind) => db.getAll(kind),
    async update(kind, id, decide) {
      const tx = db.transaction(kind, 'readwrite');
      const store = tx.objectStore(kind);
      try {
        const d = decide((await store.get(id)) ?? undefined);
        if (d === 'conflict') {
          abort(tx);
          await tx.done.catch(() => undefined);
          return 'conflict';
        }
        if (d) await store.put(d);
        else await store.delete(id);
      } catch (e) {
        abort(tx);
        await tx.done.catch(() => undefined);
        throw e;
      }
      await tx.done;
      return 'ok';
    },
    announce: (kind) => channel?.postMessage({ kind }),
    listen(heard) {
      if (!channel) return () => {};
      const onMessage = (e: MessageEvent) => {
        const kind = (e.data as { kind?: unknown } | null)?.kind;
        if (SHELF_KINDS.includes(kind as ShelfKind)) heard(kind as ShelfKind);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

/** Aborts a transaction that may have ended already (a failed request aborts it by itself). */
function abort(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished: nothing of it was committed.
  }
}

async function openDatabase(name: string): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined' || indexedDB === null)
    throw new Error('this browser has no IndexedDB');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = openDB(name, DB_VERSION, {
    upgrade(db) {
      for (const kind of SHELF_KINDS)
        if (!db.objectStoreNames.contains(kind)) db.createObjectStore(kind, { keyPath: 'id' });
    },
    // A newer version opened in another tab: let it upgrade; this tab's next write then fails and says so.
    blocking() {
      db.close();
    },
  });
  let db: IDBPDatabase;
  try {
    db = await Promise.race([
      opening,
      new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error('IndexedDB did not open in time')), OPEN_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
  return db;
}

/** Copies the legacy entries not yet there, in one transaction; throws (nothing written) if it fails. */
async function moveLegacy(db: IDBPDatabase, legacy: LegacyData): Promise<void> {
  const tx = db.transaction([...SHELF_KINDS], 'readwrite');
  try {
    for (const kind of SHELF_KINDS)
      for (const entry of legacy.entries[kind]) {
        const store = tx.objectStore(kind);
        if ((await store.getKey(entry.id)) === undefined) await store.put(entry);
      }
  } catch (e) {
    abort(tx);
    await tx.done.catch(() => undefined);
    throw e;
  }
  await tx.done;
}

export interface BrowserShelfOptions {
  /** Where earlier versions kept their one game and session (the page's localStorage). */
  legacy: KeyValueStorage | null;
  name?: string;
  now?: () => string;
}

/** The page's shelf: IndexedDB if the browser lets the page open it, else memory, with the reason. */
export async function openBrowserShelf(options: BrowserShelfOptions): Promise<Shelf> {
  const now = options.now ?? (() => new Date().toISOString());
  const name = options.name ?? DB_NAME;
  const legacy = readLegacy(options.legacy, now());
  const handedOver = legacy.entries.games[0]?.id ?? null;
  let db: IDBPDatabase;
  try {
    db = await openDatabase(name);
  } catch (e) {
    // Nothing of localStorage is removed: a later visit with storage allowed moves it then.
    return memoryShelf({
      seed: legacy.entries,
      handedOver,
      refusal: String((e as Error)?.message ?? e),
      now,
    });
  }
  let moved = legacy.read.length === 0;
  if (!moved)
    try {
      await moveLegacy(db, legacy);
      moved = true;
      forgetLegacy(options.legacy, legacy);
    } catch {
      // Kept in localStorage; shown from memory this visit, written into IndexedDB by the next save.
    }
  return openShelfOver(idbBackend(db, `${name}.shelf`), {
    durability: 'lasting',
    handedOver,
    ...(moved ? {} : { pending: legacy.entries }),
    now,
  });
}
