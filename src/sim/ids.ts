// The ids the rules are written in, apart from the zod schema so the sim can run without loading zod.
/** Every state variable an event, a move or an option can push. Values are points on 0..100 (budget: k€). */
export const VAR_IDS = [
  'trust',
  'buyIn',
  'community',
  'wordOfMouth',
  'participation',
  'coherence',
  'paidReach',
  'expectation',
  'fragmentation',
  'competition',
  'followers',
  'budget',
] as const;
export type VarId = (typeof VAR_IDS)[number];

export const KPI_IDS = [
  'followers',
  'page-views',
  'likes',
  'engagement',
  'sentiment',
  'word-of-mouth',
  'satisfaction',
  'retention',
  'support-cost',
  'share-of-voice',
] as const;
export type KpiId = (typeof KPI_IDS)[number];
