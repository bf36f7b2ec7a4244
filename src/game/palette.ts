// The world's colours: cool dusk blues when the community is wary, warm sunrise oranges when it trusts
// the brand. They are the design system's --world-* tokens (src/ui/design/tokens.css), read from the page
// once before the first scene draws (createGame calls readPalette), so canvas and DOM share one source.
const TOKENS = {
  ink: '--world-ink',
  night: '--world-night',
  panel: '--world-panel',
  paper: '--world-paper',
  muted: '--world-muted',
  cool: '--world-cool',
  warm: '--world-warm',
  hot: '--world-hot',
  teal: '--world-teal',
  gold: '--world-gold',
  danger: '--world-danger',
  good: '--world-good',
  brand: '--world-teal',
  sand: '--world-sand',
  skyline: '--world-skyline',
  ground: '--world-ground',
} as const;

export type PaletteName = keyof typeof TOKENS;
/** 0xRRGGBB per name; filled by readPalette. */
export const COLOR = Object.fromEntries(Object.keys(TOKENS).map((k) => [k, 0])) as Record<
  PaletteName,
  number
>;

/** '#rrggbb' or '#rgb' to 0xRRGGBB; null for anything else. */
export function parseHex(text: string): number | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return Number.parseInt(hex, 16);
}

/** Reads every --world-* token of the page into COLOR; names whose token is missing are listed. */
export function readPalette(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): PaletteName[] {
  const missing: PaletteName[] = [];
  for (const [name, token] of Object.entries(TOKENS) as [PaletteName, string][]) {
    const value = parseHex(style.getPropertyValue(token));
    if (value === null) missing.push(name);
    else COLOR[name] = value;
  }
  return missing;
}

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
  return k < 0.5 ? mix(COLOR.cool, COLOR.sand, k * 2) : mix(COLOR.sand, COLOR.warm, (k - 0.5) * 2);
}

/** Trust in points to the 0..1 warmth the world shows. */
export function warmth(trustPoints: number): number {
  return Math.min(1, Math.max(0, (trustPoints - 10) / 65));
}

/** Buy-in in points to the manager's mood, -1 (about to cancel) to 1 (delighted). */
export function mood(buyInPoints: number): number {
  return Math.min(1, Math.max(-1, (buyInPoints - 45) / 30));
}
