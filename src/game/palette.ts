// The world's colours: cool dusk blues when the community is wary, warm sunrise oranges when it trusts
// the brand. One palette for the canvas; the DOM panels use the same hues as CSS variables (styles.css).
export const COLOR = {
  ink: 0x14182b,
  night: 0x1b2140,
  panel: 0x232a4d,
  paper: 0xf3f1ea,
  muted: 0x9aa3c7,
  cool: 0x7d8fb8,
  warm: 0xffb347,
  hot: 0xff7a59,
  teal: 0x4fd1c5,
  gold: 0xffd166,
  danger: 0xff6b6b,
  good: 0x7ee081,
  brand: 0x4fd1c5,
  skyline: 0x10142a,
  ground: 0x1a2038,
} as const;

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Linear mix of two 0xRRGGBB colours; k from 0 (a) to 1 (b). */
export function mix(a: number, b: number, k: number): number {
  const t = Math.min(1, Math.max(0, k));
  const ch = (c: number, shift: number) => (c >> shift) & 0xff;
  const lerp = (shift: number) => Math.round(ch(a, shift) + (ch(b, shift) - ch(a, shift)) * t);
  return (lerp(16) << 16) | (lerp(8) << 8) | lerp(0);
}

export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** A person's colour for a trust level on 0..1: grey-blue, through sand, to warm orange. */
export function trustColor(k: number): number {
  return k < 0.5 ? mix(COLOR.cool, 0xd9c8a0, k * 2) : mix(0xd9c8a0, COLOR.warm, (k - 0.5) * 2);
}

/** Trust in points to the 0..1 warmth the world shows. */
export function warmth(trustPoints: number): number {
  return Math.min(1, Math.max(0, (trustPoints - 10) / 65));
}

/** Buy-in in points to the manager's mood, -1 (about to cancel) to 1 (delighted). */
export function mood(buyInPoints: number): number {
  return Math.min(1, Math.max(-1, (buyInPoints - 45) / 30));
}
