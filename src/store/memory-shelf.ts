// A shelf kept in memory only: for a browser that refuses its storage (the team still plays, warned that
// nothing outlives the page), and for a learning platform, which keeps the game itself (src/scorm/).
import {
  openShelfOver,
  SHELF_KINDS,
  type Shelf,
  type ShelfBackend,
  type ShelfEntry,
  type ShelfKind,
  type ShelfOptions,
} from './shelf';

export function memoryBackend(): ShelfBackend {
  const maps = new Map<ShelfKind, Map<string, ShelfEntry>>(SHELF_KINDS.map((kind) => [kind, new Map()]));
  const map = (kind: ShelfKind) => maps.get(kind)!;
  return {
    loadAll: async (kind) => [...map(kind).values()],
    async update(kind, id, decide) {
      const d = decide(map(kind).get(id));
      if (d === 'conflict') return 'conflict';
      if (d) map(kind).set(id, d);
      else map(kind).delete(id);
      return 'ok';
    },
    announce: () => {},
    listen: () => () => {},
  };
}

/** A shelf in memory, seeded with entries (a platform's game, or what localStorage still holds). */
export function memoryShelf(
  options: Partial<ShelfOptions> & { seed?: Partial<Record<ShelfKind, ShelfEntry[]>> } = {},
): Promise<Shelf> {
  return openShelfOver(memoryBackend(), {
    durability: 'page',
    ...options,
    pending: options.seed ?? options.pending,
  });
}
