// Alea, the generator of seedrandom, with its state kept as plain data inside the game state so that a
// step is a pure function and a replay is a fold over the decisions. seedrandom seeds it (its Mash hash
// of the string seed); the step below is Alea's own, checked against seedrandom in tests.
import seedrandom from 'seedrandom';

export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** The generator's state for a string seed, exactly as seedrandom.alea(seed) starts. */
export function seedRng(seed: string): RngState {
  const prng = seedrandom.alea(seed, { state: true });
  return { ...(prng.state() as RngState) };
}

/** Advances the state in place and returns a number in [0, 1). Alea uses only + * and |0: exact everywhere. */
export function nextFloat(rng: RngState): number {
  const t = 2091639 * rng.s0 + rng.c * 2.3283064365386963e-10; // 2^-32
  rng.s0 = rng.s1;
  rng.s1 = rng.s2;
  rng.c = t | 0;
  rng.s2 = t - rng.c;
  return rng.s2;
}

/** An integer in [0, n). */
export function nextInt(rng: RngState, n: number): number {
  return Math.floor(nextFloat(rng) * n);
}
