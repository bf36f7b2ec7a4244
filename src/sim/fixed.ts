// Fixed-point arithmetic. Every state value is an integer count of hundredths of a point, so a state is
// bit-identical in every JS engine: only + - * / followed by Math.round, never exp/pow/log (pitfall 9).

/** Hundredths per point: 42.5 points is stored as 4250. */
export const ONE = 100;

/** Points (as written in scenario files) to stored hundredths. */
export function toFixed(points: number): number {
  return Math.round(points * ONE);
}

/** Stored hundredths to points, for display and reports. */
export function toPoints(value: number): number {
  return value / ONE;
}

/** value x factor, rounded back to an integer. factor is a plain number from the scenario. */
export function scale(value: number, factor: number): number {
  return Math.round(value * factor);
}

/** a x b where both are stored values (hundredths), result in hundredths. */
export function mulFixed(a: number, b: number): number {
  return Math.round((a * b) / ONE);
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : Math.min(value, max);
}
