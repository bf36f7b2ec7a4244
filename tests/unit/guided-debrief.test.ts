import { describe, expect, it } from 'vitest';
import { GUIDED_LENGTHS, GUIDED_PLANS, guidedPlan, type SlideKind } from '../../src/analysis/guided-debrief';

const every = new Set<SlideKind>(Object.values(GUIDED_PLANS).flatMap((p) => p.map((s) => s.kind)));
const total = (steps: { minutes: number }[]) => steps.reduce((sum, s) => sum + s.minutes, 0);

describe('guided debrief', () => {
  it('adds up to its length, in the four stages in order', () => {
    const order = ['what', 'why', 'so-what', 'now-what'];
    for (const length of GUIDED_LENGTHS) {
      expect(total([...GUIDED_PLANS[length]])).toBe(length);
      const stages = GUIDED_PLANS[length].map((s) => order.indexOf(s.stage));
      expect(stages).toEqual([...stages].sort((a, b) => a - b));
      expect(new Set(stages).size).toBe(4);
    }
  });

  it('still ends on time when the class has no data for a slide, and times each step', () => {
    for (const length of GUIDED_LENGTHS) {
      const full = guidedPlan(length, every);
      expect(total(full)).toBe(length);
      const without = new Set(every);
      for (const kind of ['drop', 'rise', 'shared'] as const) without.delete(kind);
      const plan = guidedPlan(length, without);
      expect(total(plan)).toBe(length);
      expect(plan.some((s) => s.kind === 'shared')).toBe(false);
      plan.forEach((s, i) => expect(s.startsAt).toBe(total(plan.slice(0, i))));
    }
  });
});
