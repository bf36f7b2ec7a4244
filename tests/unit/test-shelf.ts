// Shelves for store tests: the real IndexedDB one (idb-shelf.ts) over fake-indexeddb, one database per
// test. Opening the same name twice stands for a reload, or for a second tab of the same browser.
import 'fake-indexeddb/auto';
import { openBrowserShelf } from '../../src/store/idb-shelf';
import { memoryBackend } from '../../src/store/memory-shelf';
import type { KeyValueStorage } from '../../src/store/persist';
import {
  openShelfOver,
  SHELF_KINDS,
  type Shelf,
  type ShelfEntry,
  type ShelfKind,
} from '../../src/store/shelf';

let count = 0;

export interface TestShelf extends Shelf {
  /** The database's name: open it again with reopen. */
  dbName: string;
}

export async function testShelf(
  options: { legacy?: KeyValueStorage | null; name?: string; now?: () => string } = {},
): Promise<TestShelf> {
  const dbName = options.name ?? `test-${process.pid}-${++count}`;
  const shelf = await openBrowserShelf({ legacy: options.legacy ?? null, name: dbName, now: options.now });
  return Object.assign(shelf, { dbName });
}

/** The same database opened again: a reload, or another tab. */
export function reopen(shelf: TestShelf, legacy: KeyValueStorage | null = null): Promise<TestShelf> {
  return testShelf({ name: shelf.dbName, legacy });
}

/** Resolves the next time this shelf hears that another tab changed entries of a kind. */
export function heard(shelf: Shelf, kind: ShelfKind): Promise<void> {
  return new Promise((done) => {
    const stop = shelf.onChange((k) => {
      if (k !== kind) return;
      stop();
      done();
    });
  });
}

/** The stored texts of a kind once every write asked has ended, last written first. */
export async function storedTexts(shelf: Shelf, kind: ShelfKind = 'games'): Promise<string[]> {
  await shelf.idle();
  return shelf.list(kind).map((e) => e.text);
}

/**
 * A shelf whose storage is full: it reads what it holds, and every write fails as a full origin's does
 * (QuotaExceededError), leaving what was stored as it was.
 */
export async function fullShelf(seed: Partial<Record<ShelfKind, ShelfEntry[]>>): Promise<Shelf> {
  const backend = memoryBackend();
  for (const kind of SHELF_KINDS) for (const e of seed[kind] ?? []) await backend.update(kind, e.id, () => e);
  return openShelfOver(
    {
      ...backend,
      update: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    },
    { durability: 'lasting' },
  );
}
