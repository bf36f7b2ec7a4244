// A guided debrief: which projector slides to show, in which order and for how long, for a session of 45,
// 90 or 120 minutes. It follows the four stages of a debrief (what happened, why, so what, now what) and
// walks through the class's own data: where the teams ended, their curves, the biggest drop and rise, the
// same event answered differently, the reference plans, and the scenario's prompts for each stage.
export type DebriefStage = 'what' | 'why' | 'so-what' | 'now-what';

export type SlideKind =
  | 'where'
  | 'trust'
  | 'buyIn'
  | 'drop'
  | 'rise'
  | 'shared'
  | 'reference'
  | 'prompts-what'
  | 'prompts-why'
  | 'prompts-so-what'
  | 'prompts-now-what';

export interface GuidedStep {
  stage: DebriefStage;
  kind: SlideKind;
  minutes: number;
}

export const GUIDED_LENGTHS = [45, 90, 120] as const;
export type GuidedLength = (typeof GUIDED_LENGTHS)[number];

const step = (stage: DebriefStage, kind: SlideKind, minutes: number): GuidedStep => ({
  stage,
  kind,
  minutes,
});

/** The plans; each adds up to its length (a unit test checks it). */
export const GUIDED_PLANS: Record<GuidedLength, readonly GuidedStep[]> = {
  45: [
    step('what', 'where', 5),
    step('what', 'trust', 5),
    step('why', 'drop', 5),
    step('why', 'shared', 8),
    step('so-what', 'reference', 4),
    step('so-what', 'prompts-so-what', 10),
    step('now-what', 'prompts-now-what', 8),
  ],
  90: [
    step('what', 'where', 8),
    step('what', 'trust', 6),
    step('what', 'buyIn', 6),
    step('what', 'prompts-what', 8),
    step('why', 'drop', 8),
    step('why', 'rise', 6),
    step('why', 'shared', 12),
    step('why', 'prompts-why', 8),
    step('so-what', 'reference', 8),
    step('so-what', 'prompts-so-what', 10),
    step('now-what', 'prompts-now-what', 10),
  ],
  120: [
    step('what', 'where', 10),
    step('what', 'trust', 8),
    step('what', 'buyIn', 8),
    step('what', 'prompts-what', 10),
    step('why', 'drop', 10),
    step('why', 'rise', 8),
    step('why', 'shared', 15),
    step('why', 'prompts-why', 12),
    step('so-what', 'reference', 10),
    step('so-what', 'prompts-so-what', 14),
    step('now-what', 'prompts-now-what', 15),
  ],
};

export interface TimedStep extends GuidedStep {
  /** Minutes from the start of the debrief when this step begins. */
  startsAt: number;
}

/**
 * The plan for a length, keeping only the slides the class's data can fill (no drop slide when no team
 * fell, no shared-event slide without a shared event); the minutes of a missing slide go to the next slide
 * of the same stage, or to the stage's prompts, so the plan still ends on time.
 */
export function guidedPlan(length: GuidedLength, available: ReadonlySet<SlideKind>): TimedStep[] {
  const plan = GUIDED_PLANS[length];
  const keep = plan.map((s) => available.has(s.kind));
  const minutes = plan.map((s) => s.minutes);
  const nearest = (from: number, ok: (k: number) => boolean): number => {
    for (let k = from + 1; k < plan.length; k++) if (ok(k)) return k;
    for (let k = from - 1; k >= 0; k--) if (ok(k)) return k;
    return -1;
  };
  plan.forEach((s, i) => {
    if (keep[i]) return;
    let j = nearest(i, (k) => keep[k]! && plan[k]!.stage === s.stage);
    if (j < 0) j = nearest(i, (k) => keep[k]!);
    if (j >= 0) minutes[j]! += s.minutes;
  });
  const out: TimedStep[] = [];
  let at = 0;
  plan.forEach((s, i) => {
    if (!keep[i]) return;
    out.push({ ...s, minutes: minutes[i]!, startsAt: at });
    at += minutes[i]!;
  });
  return out;
}
