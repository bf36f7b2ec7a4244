// Lesson L11, "every option has its moment": for each approach, voice and governance option, each KPI,
// each move and each event answer of the default scenario, a situation where it is the better choice.
// Each moment is a plan that takes the option in that situation and the plans that do otherwise;
// tests/unit/lessons-moments.test.ts checks that it does better than each of them on most seeds.
import type { GameSetup, Plan, PlanChoices } from '../../src/sim';

export interface Moment {
  /** What is chosen, as "kind:id" (approach:campaign, kpi:likes, answer:viral-complaint:lawyers). */
  option: string;
  /** The situation, in the words a trainer would use. */
  situation: string;
  setup?: GameSetup;
  /** The plan that takes the option, then the alternatives it must beat. */
  take: Plan;
  instead: Record<string, Plan>;
  /**
   * Judge the state at the end of this turn instead of the end of the game: an answer is a tactical
   * choice, judged a quarter after the event, before the rest of the game's luck blurs it.
   */
  judgeAt?: number;
  /** For an answer: the plans differ only in how they answer this event in this turn. */
  answer?: { event: string; turn: number };
}

/** The careful reference programme the moments start from (scenarios/plans/continuity-dialogue.json). */
export const CAREFUL: Plan = {
  name: 'careful',
  objective: 'retention',
  every_turn: {
    approach: 'continuity',
    voice: 'dialogue',
    governance: 'bottom-up',
    measure: ['retention', 'satisfaction', 'engagement'],
  },
  responses: {
    'viral-complaint': 'dialogue',
    'new-platform': 'stay',
    'new-executive': 'educate',
    'off-message-post': 'apologise',
    'competitor-flood': 'differentiate',
    'viral-stunt': 'pass',
  },
  moves: {
    '1': ['evangelist-team'],
    '2': ['train-employees'],
    '3': ['exec-sponsor'],
    '5': ['social-department'],
    '6': ['integrate-functions'],
  },
};

type Tweak = {
  objective?: string;
  every?: PlanChoices;
  phases?: Record<string, PlanChoices>;
  turns?: Record<string, PlanChoices>;
  responses?: Record<string, string>;
  moves?: Record<string, string[]>;
};

const BRAND: Tweak = {
  objective: 'brand-preference',
  every: { measure: ['sentiment', 'word-of-mouth', 'engagement'] },
};
const PROMISED: Tweak = { responses: { 'new-executive': 'comply' } };
const SOV: Tweak = {
  objective: 'brand-preference',
  every: { measure: ['sentiment', 'share-of-voice', 'word-of-mouth'] },
};

/** The careful plan with some choices changed (moves replace the careful plan's when given). */
export function tweak(name: string, t: Tweak, base: Plan = CAREFUL): Plan {
  return {
    name,
    objective: t.objective ?? base.objective,
    every_turn: { ...base.every_turn, ...t.every },
    phases: { ...base.phases, ...t.phases },
    turns: { ...base.turns, ...t.turns },
    responses: { ...base.responses, ...t.responses },
    moves: t.moves ?? base.moves,
  };
}

/** The same plan answering one event in each of its ways: the first answer is the one that must win. */
function answers(
  option: string,
  situation: string,
  event: string,
  turn: number,
  order: string[],
  t: Tweak = {},
  quartersAfter = 1,
): Moment {
  const setup = { fixedEvents: { [String(turn)]: event } };
  const [first, ...rest] = order;
  const plan = (r: string) => tweak(`${event}:${r}`, { ...t, responses: { ...t.responses, [event]: r } });
  return {
    option,
    situation,
    setup,
    judgeAt: turn + quartersAfter,
    answer: { event, turn },
    take: plan(first!),
    instead: Object.fromEntries(rest.map((r) => [r, plan(r)])),
  };
}

const every = (name: string, choices: PlanChoices, t: Tweak = {}) =>
  tweak(name, { ...t, every: { ...t.every, ...choices } });
const inTurns = (name: string, turns: number[], choices: PlanChoices, t: Tweak = {}) =>
  tweak(name, { ...t, turns: Object.fromEntries(turns.map((n) => [String(n), choices])) });
const withoutMove = (id: string): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(CAREFUL.moves!).map(([turn, list]) => [turn, list.filter((m) => m !== id)]),
  );
const delayMove = (id: string, by: number): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const [turn, list] of Object.entries(CAREFUL.moves!))
    for (const m of list) {
      const at = String(m === id ? Number(turn) + by : Number(turn));
      out[at] = [...(out[at] ?? []), m];
    }
  return out;
};

export const MOMENTS: Moment[] = [
  // Approach
  {
    option: 'approach:continuity',
    situation: 'any quarter of a programme that means to last',
    take: CAREFUL,
    instead: {
      campaign: every('campaign', { approach: 'campaign' }),
      mix: every('mix', { approach: 'mix' }),
      pause: inTurns('pause', [4, 5], { approach: 'pause' }),
    },
  },
  {
    option: 'approach:campaign',
    situation: 'the very first quarter, to seed a small community, when continuity and dialogue follow',
    take: inTurns('seed', [1], { approach: 'campaign' }),
    instead: { continuity: CAREFUL, mix: inTurns('mix', [1], { approach: 'mix' }) },
  },
  {
    option: 'approach:mix',
    situation:
      'a spike of reach promised to a new executive while a large community needs care: paid pushes on top of steady work',
    setup: { fixedEvents: { '8': 'new-executive' } },
    take: inTurns('mix', [9], { approach: 'mix' }, PROMISED),
    instead: {
      continuity: tweak('continuity', PROMISED),
      campaign: inTurns('campaign', [9], { approach: 'campaign' }, PROMISED),
    },
  },
  {
    option: 'approach:pause',
    situation: 'a budget cut while the community is still small: a quarter of silence gives the money back',
    setup: { fixedEvents: { '2': 'budget-cut' } },
    take: inTurns('pause', [2], { approach: 'pause' }),
    instead: { continuity: CAREFUL },
  },
  // Voice
  {
    option: 'voice:dialogue',
    situation: 'any quarter with people to talk with',
    take: CAREFUL,
    instead: { broadcast: every('broadcast', { voice: 'broadcast' }) },
  },
  {
    option: 'voice:broadcast',
    situation: 'the quarter of a safety recall: every owner must hear it, fast',
    setup: { fixedEvents: { '5': 'product-recall' } },
    take: inTurns(
      'announce',
      [5],
      { voice: 'broadcast' },
      { responses: { 'product-recall': 'recall-openly' } },
    ),
    instead: { dialogue: tweak('talk', { responses: { 'product-recall': 'recall-openly' } }) },
  },
  // Governance
  {
    option: 'governance:bottom-up',
    situation: 'once employees are trained',
    take: CAREFUL,
    instead: { 'top-down': every('top-down', { governance: 'top-down' }) },
  },
  {
    option: 'governance:top-down',
    situation: 'a letter from the consumer authority before employees have guidelines',
    setup: { fixedEvents: { '2': 'regulator-letter' } },
    take: inTurns(
      'control first',
      [1, 2],
      { governance: 'top-down' },
      { responses: { 'regulator-letter': 'disclose' } },
    ),
    instead: { 'bottom-up': tweak('open', { responses: { 'regulator-letter': 'disclose' } }) },
  },
  // Moves
  ...['train-employees', 'evangelist-team', 'exec-sponsor', 'social-department', 'integrate-functions'].map(
    (id): Moment => ({
      option: `move:${id}`,
      situation:
        id === 'social-department' || id === 'integrate-functions'
          ? 'as soon as the phase allows'
          : 'in the first quarters',
      take: CAREFUL,
      instead: {
        never: tweak(`no ${id}`, { moves: withoutMove(id) }),
        later: tweak(`late ${id}`, { moves: delayMove(id, 3) }),
      },
    }),
  ),
  // KPIs
  {
    option: 'kpi:followers',
    situation: 'the first quarters of a long launch campaign: the follower count climbs steadily',
    take: inTurns('followers', [1, 2, 3], {
      approach: 'campaign',
      measure: ['followers', 'engagement', 'satisfaction'],
    }),
    instead: {
      retention: inTurns('retention', [1, 2, 3], {
        approach: 'campaign',
        measure: ['retention', 'engagement', 'satisfaction'],
      }),
    },
  },
  ...(['page-views', 'likes'] as const).map(
    (kpi): Moment => ({
      option: `kpi:${kpi}`,
      situation: 'the quarter of a launch campaign, before business results can show: the spike impresses',
      take: tweak(`${kpi} first`, {
        turns: {
          '1': { measure: [kpi, 'engagement', 'satisfaction'] },
          '2': { approach: 'campaign', measure: [kpi, 'engagement', 'satisfaction'] },
        },
      }),
      instead: {
        retention: tweak('retention first', { turns: { '2': { approach: 'campaign' } } }),
      },
    }),
  ),
  {
    option: 'kpi:engagement',
    situation: 'experimentation: the first signal that people take part',
    take: CAREFUL,
    instead: { 'share-of-voice': every('sov', { measure: ['retention', 'satisfaction', 'share-of-voice'] }) },
  },
  {
    option: 'kpi:sentiment',
    situation:
      'experimentation, aiming at brand preference: how warmly people speak, before share of voice can show',
    take: tweak('sentiment', { ...BRAND, every: { measure: ['sentiment', 'engagement', 'word-of-mouth'] } }),
    instead: {
      'share-of-voice': tweak('sov', {
        ...BRAND,
        every: { measure: ['share-of-voice', 'engagement', 'word-of-mouth'] },
      }),
    },
  },
  {
    option: 'kpi:word-of-mouth',
    situation: 'social marketing, aiming at brand preference: the earned reach of the community',
    take: tweak('wom', {
      ...BRAND,
      phases: { 'social-marketing': { measure: ['sentiment', 'word-of-mouth', 'engagement'] } },
    }),
    instead: {
      engagement: tweak('eng', {
        ...BRAND,
        phases: { 'social-marketing': { measure: ['sentiment', 'satisfaction', 'engagement'] } },
      }),
    },
  },
  {
    option: 'kpi:share-of-voice',
    situation: 'social marketing, aiming at brand preference, against a competitor flooding the feeds',
    setup: { fixedEvents: { '6': 'competitor-flood' } },
    take: tweak('sov', {
      ...BRAND,
      responses: { 'competitor-flood': 'outspend' },
      phases: { 'social-marketing': { measure: ['sentiment', 'word-of-mouth', 'share-of-voice'] } },
    }),
    instead: {
      satisfaction: tweak('sat', {
        ...BRAND,
        responses: { 'competitor-flood': 'outspend' },
        phases: { 'social-marketing': { measure: ['sentiment', 'word-of-mouth', 'satisfaction'] } },
      }),
    },
  },
  ...(
    [
      ['satisfaction', 'retention', ['satisfaction', 'retention', 'sentiment']],
      ['retention', 'retention', ['retention', 'satisfaction', 'sentiment']],
      ['support-cost', 'support-cost', ['support-cost', 'satisfaction', 'sentiment']],
    ] as const
  ).map(
    ([kpi, objective, measure]): Moment => ({
      option: `kpi:${kpi}`,
      situation: `social business, aiming at ${objective}: the business outcome itself`,
      take: tweak(kpi, { objective, phases: { 'social-business': { measure: [...measure] } } }),
      instead: {
        engagement: tweak('engagement', {
          objective,
          phases: { 'social-business': { measure: ['engagement', ...measure.slice(1)] } },
        }),
      },
    }),
  ),
  // Event answers
  answers('answer:viral-complaint:dialogue', 'a brand with a young community', 'viral-complaint', 5, [
    'dialogue',
    'silence',
    'lawyers',
  ]),
  answers(
    'answer:viral-complaint:silence',
    'a large, loyal community that answers for the brand',
    'viral-complaint',
    11,
    ['silence', 'dialogue', 'lawyers'],
  ),
  answers(
    'answer:viral-complaint:lawyers',
    'the first weeks, while almost nobody follows the brand',
    'viral-complaint',
    2,
    ['lawyers', 'dialogue', 'silence'],
  ),
  answers('answer:viral-stunt:pass', 'a community that does not talk much yet', 'viral-stunt', 4, [
    'pass',
    'go',
  ]),
  answers('answer:viral-stunt:go', 'a large community that talks a lot', 'viral-stunt', 12, ['go', 'pass']),
  answers(
    'answer:new-platform:stay',
    'employees speaking freely without training',
    'new-platform',
    4,
    ['stay', 'follow'],
    { moves: withoutMove('train-employees') },
    // Judged at the end: voices out of tune on one more platform cost the rest of the game.
    20,
  ),
  answers(
    'answer:new-platform:follow',
    'aiming at brand preference, reach on the dashboard, with a trained team',
    'new-platform',
    7,
    ['follow', 'stay'],
    SOV,
    3,
  ),
  answers('answer:new-executive:educate', 'a programme with nothing to launch', 'new-executive', 5, [
    'educate',
    'comply',
  ]),
  answers(
    'answer:new-executive:comply',
    'a launch campaign already planned for the next quarter',
    'new-executive',
    5,
    ['comply', 'educate'],
    { turns: { '6': { approach: 'campaign' } } },
  ),
  answers(
    'answer:off-message-post:apologise',
    'employees speaking freely, voices out of tune',
    'off-message-post',
    3,
    ['apologise', 'ignore', 'discipline'],
    {},
    3,
  ),
  answers(
    'answer:off-message-post:ignore',
    'a brand known for its tightly controlled voice',
    'off-message-post',
    6,
    ['ignore', 'apologise', 'discipline'],
    { every: { governance: 'top-down' } },
    3,
  ),
  answers(
    'answer:off-message-post:discipline',
    'untrained employees posting a lot',
    'off-message-post',
    6,
    ['discipline', 'apologise', 'ignore'],
    { moves: withoutMove('train-employees') },
    3,
  ),
  answers('answer:competitor-flood:differentiate', 'aiming at retention', 'competitor-flood', 5, [
    'differentiate',
    'outspend',
  ]),
  answers(
    'answer:competitor-flood:outspend',
    'aiming at brand preference, share of voice on the dashboard',
    'competitor-flood',
    6,
    ['outspend', 'differentiate'],
    { ...BRAND, every: { ...BRAND.every, measure: ['sentiment', 'share-of-voice', 'word-of-mouth'] } },
  ),
  answers(
    'answer:employee-rant:support',
    'an employee with a point, in a team that can answer together',
    'employee-rant',
    3,
    ['support', 'lock-down'],
    { moves: withoutMove('train-employees') },
    3,
  ),
  answers(
    'answer:employee-rant:lock-down',
    'voices badly out of tune and no training in sight',
    'employee-rant',
    6,
    ['lock-down', 'support'],
    { moves: withoutMove('train-employees') },
    3,
  ),
  answers(
    'answer:forgotten-fans:welcome',
    'a brand that talks with people',
    'forgotten-fans',
    3,
    ['welcome', 'promo'],
    { turns: { '1': { approach: 'campaign' }, '2': { approach: 'campaign' } } },
  ),
  answers(
    'answer:forgotten-fans:promo',
    'a brand that keeps broadcasting',
    'forgotten-fans',
    3,
    ['promo', 'welcome'],
    {
      every: { voice: 'broadcast' },
      turns: { '1': { approach: 'campaign' }, '2': { approach: 'campaign' } },
    },
  ),
  answers('answer:co-design:open-lab', 'a strong community and money to spare', 'co-design', 9, [
    'open-lab',
    'decline',
  ]),
  answers(
    'answer:co-design:decline',
    'a quarter of one-way announcements: nobody would listen to them',
    'co-design',
    6,
    ['decline', 'open-lab'],
    { turns: { '6': { voice: 'broadcast' } } },
  ),
  answers('answer:product-recall:recall-openly', 'any safety problem', 'product-recall', 5, [
    'recall-openly',
    'quiet-fix',
  ]),
  answers(
    'answer:product-recall:quiet-fix',
    'riders who trust the brand and come in for service',
    'product-recall',
    12,
    ['quiet-fix', 'recall-openly'],
  ),
  answers('answer:regulator-letter:disclose', 'any question from the authority', 'regulator-letter', 6, [
    'disclose',
    'contest',
  ]),
  answers(
    'answer:regulator-letter:contest',
    'a brand where every post goes through one clear approval',
    'regulator-letter',
    8,
    ['contest', 'disclose'],
    { every: { governance: 'top-down' } },
  ),
  answers('answer:support-surge:public-faq', 'a community large enough to help', 'support-surge', 8, [
    'public-faq',
    'tickets',
  ]),
  answers('answer:support-surge:tickets', 'a small community', 'support-surge', 2, ['tickets', 'public-faq']),
  answers(
    'answer:creator-offer:sponsor',
    'aiming at brand preference with money to spare',
    'creator-offer',
    8,
    ['sponsor', 'decline'],
    BRAND,
  ),
  answers('answer:creator-offer:decline', 'aiming at retention', 'creator-offer', 4, ['decline', 'sponsor']),
  answers('answer:local-group:local-voices', 'trained employees and a coherent voice', 'local-group', 8, [
    'local-voices',
    'one-page',
  ]),
  answers(
    'answer:local-group:one-page',
    'a brand where marketing approves every post',
    'local-group',
    8,
    ['one-page', 'local-voices'],
    { every: { governance: 'top-down' } },
  ),
  answers('answer:press-feature:thank', 'aiming at retention', 'press-feature', 8, ['thank', 'amplify']),
  {
    ...answers(
      'answer:press-feature:amplify',
      'a spike of reach promised to the new executive is due',
      'press-feature',
      6,
      ['amplify', 'thank'],
      { responses: { 'new-executive': 'comply' } },
    ),
    setup: { fixedEvents: { '5': 'new-executive', '6': 'press-feature' } },
  },
];
