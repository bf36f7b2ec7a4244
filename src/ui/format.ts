// Numbers as players read them: points with one decimal at most, budgets in k€, signed changes.
import { getLanguage, type Lang, num, t } from '../i18n';
import { toPoints } from '../sim';

/** A stored value (hundredths) as points: 4250 -> "42.5". */
export function points(stored: number, digits = 0): string {
  return num(toPoints(stored), digits);
}

/** A change in hundredths as signed points: +2.4, −1 (a real minus sign). */
export function signed(stored: number, digits = 1, lang: Lang = getLanguage()): string {
  const value = toPoints(stored);
  const text = num(Math.abs(value), digits, lang);
  if (text === num(0, digits, lang)) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** k€ from points. */
export function money(kilo: number): string {
  return t('format.money', { amount: num(kilo, 0) });
}

/** Coarse levels for the things players feel but do not measure: 0 (worst) to 4 (best). */
export function moodLevel(storedPoints: number, bounds: readonly number[]): number {
  const p = toPoints(storedPoints);
  let level = 0;
  for (const b of bounds) if (p >= b) level++;
  return level;
}

/** Where the words for trust and buy-in change, in points. Presentation only: the sim never reads them. */
export const TRUST_BOUNDS = [20, 35, 50, 68] as const;
export const BUYIN_BOUNDS = [25, 40, 55, 70] as const;

export function trustWord(stored: number): string {
  return t(`mood.trust.${moodLevel(stored, TRUST_BOUNDS)}`);
}

export function buyInWord(stored: number): string {
  return t(`mood.buyIn.${moodLevel(stored, BUYIN_BOUNDS)}`);
}
