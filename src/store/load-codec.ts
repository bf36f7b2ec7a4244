// When the codec (saves and result codes, with zod) loads: before the store when the page opens a save or
// a code, else when the players head for a game or the first action needs it. Evaluating zod and building
// its schemas with the title screen cost a first visit about 40 ms (docs/result-codes.md).
export type Codec = typeof import('./codec');

let loaded: Codec | null = null;
let loading: Promise<Codec> | null = null;

/** Loads the codec once; a failed load is tried again on the next call. */
export function loadCodec(): Promise<Codec> {
  loading ??= import('./codec').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The codec if it has loaded, else null. */
export function loadedCodec(): Codec | null {
  return loaded;
}
