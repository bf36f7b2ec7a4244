// Motion that respects prefers-reduced-motion: durations drop to zero and idle loops do not start.
let reduced: boolean | null = null;

export function reducedMotion(): boolean {
  if (reduced === null) {
    const query = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
    reduced = query?.matches ?? false;
    query?.addEventListener?.('change', (e) => {
      reduced = e.matches;
    });
  }
  return reduced;
}

/** A duration in ms, or 0 when motion is reduced. */
export function dur(ms: number): number {
  return reducedMotion() ? 0 : ms;
}
