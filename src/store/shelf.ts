// The one storage module of the browser side: games, debrief notes of games opened from a code, and the
// facilitator's sessions, each a list of entries. Reads come from a copy in memory, loaded when the page
// opens and refreshed when another tab writes (so screens read synchronously, as before); writes go to the
// backend one at a time, in the order asked. Where the page keeps things depends on the backend: IndexedDB
// (idb-shelf.ts), or memory only (memory-shelf.ts: storage refused, or a learning platform keeps the game).
// Only the stores (game-store.ts, facilitator-store.ts) write, through their actions.

export type ShelfKind = 'games' | 'sessions' | 'notes';
export const SHELF_KINDS: readonly ShelfKind[] = ['games', 'sessions', 'notes'];

/** One stored thing: a game's save text, a session's JSON, or the notes of a code, with its revision. */
export interface ShelfEntry {
  id: string;
  text: string;
  /** Counts the writes of this entry: a tab writes over an entry only at the revision it last saw. */
  rev: number;
  /** When it was last written (ISO 8601, the browser's clock; never read by the sim). */
  updated: string;
}

/**
 * How a write ended. 'conflict': another tab changed the entry since this tab took it (nothing written);
 * 'full': the browser's storage for this site is full; 'failed': the browser refused for another reason.
 * In every case but 'ok' what was stored before is still there.
 */
export type WriteResult = 'ok' | 'conflict' | 'full' | 'failed';

/**
 * How a put checks what is stored: 'new' writes only where nothing is (a new game's id); 'claimed' only
 * over the revision this tab took (see claim); 'any' whatever is there (notes of a code).
 */
export type PutMode = 'new' | 'claimed' | 'any';

/** Where a shelf keeps its entries: 'lasting' across visits (IndexedDB), 'page' only while it is open. */
export type ShelfDurability = 'lasting' | 'page';

export interface Shelf {
  readonly durability: ShelfDurability;
  /** Why the lasting storage could not be opened (shown folded with the warning), when durability is 'page'. */
  readonly refusal: string | null;
  /** The game moved in from the one-slot save of earlier versions this visit (to resume), or null. */
  readonly handedOver: string | null;
  /** The entries of a kind, last written first. */
  list(kind: ShelfKind): readonly ShelfEntry[];
  get(kind: ShelfKind, id: string): ShelfEntry | undefined;
  /** This tab now works on the entry as it is stored (resumed, reopened): its next 'claimed' put writes over it. */
  claim(kind: ShelfKind, id: string): void;
  put(kind: ShelfKind, id: string, text: string, mode: PutMode): Promise<WriteResult>;
  /** Whether another tab wrote or deleted the entry since this tab took or wrote it (as far as this tab has heard). */
  stale(kind: ShelfKind, id: string): boolean;
  /** Deletes an entry (its text is the caller's to keep for an undo). */
  remove(kind: ShelfKind, id: string): Promise<WriteResult>;
  /** Another tab changed entries of a kind; the copy in memory is already refreshed when this is called. */
  onChange(listener: (kind: ShelfKind) => void): () => void;
  /** Resolves once every write asked so far has ended. */
  idle(): Promise<void>;
}

/** What a backend stores: IndexedDB (idb-shelf.ts) or a Map (memory-shelf.ts). */
export interface ShelfBackend {
  loadAll(kind: ShelfKind): Promise<unknown[]>;
  /**
   * In one transaction: reads the entry, asks `decide` what to write (an entry, null to delete, or
   * 'conflict' to write nothing), and writes it. Throws what the browser threw (a full origin, say).
   */
  update(
    kind: ShelfKind,
    id: string,
    decide: (stored: ShelfEntry | undefined) => ShelfEntry | null | 'conflict',
  ): Promise<'ok' | 'conflict'>;
  /** Tells the other tabs that entries of a kind changed; `listen` hears the other tabs. */
  announce(kind: ShelfKind): void;
  listen(heard: (kind: ShelfKind) => void): () => void;
}

/**
 * A new entry's id: random, so two tabs never pick the same one. getRandomValues, not randomUUID, which a
 * page served over plain http on a classroom network does not have.
 */
export function newEntryId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** More than any browser keeps for a game or a session: a longer stored text is damaged, and not parsed. */
export const MAX_ENTRY_TEXT = 1_000_000;

/** A stored record as this version reads it; null for one it cannot even name (it is then left alone). */
export function entryFrom(raw: unknown): ShelfEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length === 0 || r.id.length > 200) return null;
  return {
    id: r.id,
    // A text that is not one stays as '' and is reported as damaged where it is read.
    text: typeof r.text === 'string' ? r.text : '',
    rev: Number.isSafeInteger(r.rev) && (r.rev as number) >= 0 ? (r.rev as number) : 0,
    updated: typeof r.updated === 'string' && r.updated.length <= 40 ? r.updated : '',
  };
}

/** Tells a full origin from other refusals: only the first is helped by deleting old games. */
export function writeFailure(e: unknown): 'full' | 'failed' {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'failed';
}

const newestFirst = (a: ShelfEntry, b: ShelfEntry) =>
  a.updated === b.updated ? a.id.localeCompare(b.id) : a.updated < b.updated ? 1 : -1;

export interface ShelfOptions {
  durability: ShelfDurability;
  refusal?: string | null;
  handedOver?: string | null;
  /** Entries known but not yet in the backend (a move from localStorage that has not succeeded yet). */
  pending?: Partial<Record<ShelfKind, ShelfEntry[]>>;
  now?: () => string;
}

/** Builds the shelf over a backend: loads every kind once, then serves reads from memory. */
export async function openShelfOver(backend: ShelfBackend, options: ShelfOptions): Promise<Shelf> {
  const now = options.now ?? (() => new Date().toISOString());
  const copies = new Map<ShelfKind, Map<string, ShelfEntry>>();
  const load = async (kind: ShelfKind) => {
    const entries = new Map<string, ShelfEntry>();
    for (const e of options.pending?.[kind] ?? []) entries.set(e.id, e);
    for (const raw of await backend.loadAll(kind)) {
      const e = entryFrom(raw);
      if (e) entries.set(e.id, e);
    }
    copies.set(kind, entries);
  };
  for (const kind of SHELF_KINDS) await load(kind);
  const copy = (kind: ShelfKind) => copies.get(kind)!;

  /** The revision this tab last took or wrote, per entry: a 'claimed' put needs the stored one to match. */
  const claims = new Map<string, number>();
  const claimKey = (kind: ShelfKind, id: string) => `${kind}:${id}`;

  // One write at a time, in order: a put's check runs after the writes asked before it have ended.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  const listeners = new Set<(kind: ShelfKind) => void>();
  backend.listen((kind) => {
    // Refreshed after the writes this tab has under way, so the copy never goes back in time.
    void enqueue(async () => {
      try {
        await load(kind);
      } catch {
        return; // The copy stays as it was; the next change tries again.
      }
      for (const l of listeners) l(kind);
    });
  });

  const write = (
    kind: ShelfKind,
    id: string,
    decide: (stored: ShelfEntry | undefined) => ShelfEntry | null | 'conflict',
  ): Promise<WriteResult> =>
    enqueue(async () => {
      let written: ShelfEntry | null | undefined;
      try {
        const result = await backend.update(kind, id, (stored) => {
          const d = decide(stored);
          if (d !== 'conflict') written = d;
          return d;
        });
        if (result === 'conflict') return 'conflict';
      } catch (e) {
        return writeFailure(e);
      }
      if (written) {
        copy(kind).set(id, written);
        claims.set(claimKey(kind, id), written.rev);
      } else {
        copy(kind).delete(id);
        claims.delete(claimKey(kind, id));
      }
      backend.announce(kind);
      return 'ok';
    });

  return {
    durability: options.durability,
    refusal: options.refusal ?? null,
    handedOver: options.handedOver ?? null,
    list: (kind) => [...copy(kind).values()].sort(newestFirst),
    get: (kind, id) => copy(kind).get(id),
    claim(kind, id) {
      void enqueue(async () => {
        claims.set(claimKey(kind, id), copy(kind).get(id)?.rev ?? 0);
      });
    },
    put(kind, id, text, mode) {
      return write(kind, id, (stored) => {
        const base = claims.get(claimKey(kind, id)) ?? 0;
        if (mode === 'new' && stored) return 'conflict';
        if (mode === 'claimed' && (stored?.rev ?? 0) !== base) return 'conflict';
        return { id, text, rev: (stored?.rev ?? 0) + 1, updated: now() };
      });
    },
    stale(kind, id) {
      const claimed = claims.get(claimKey(kind, id));
      return claimed !== undefined && (copy(kind).get(id)?.rev ?? 0) !== claimed;
    },
    remove(kind, id) {
      // A game not moved in yet from localStorage is forgotten too (it comes back on a later visit only
      // if that move is tried again and succeeds: see migrate.ts).
      const pending = options.pending?.[kind];
      if (pending) options.pending![kind] = pending.filter((e) => e.id !== id);
      return write(kind, id, () => null);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idle: () => queue.then(() => undefined),
  };
}
