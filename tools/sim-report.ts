// Turns a played game into the runner's report (the --json output) and renders the same report as text,
// so the text and the JSON can never tell different stories. Values are points (stored hundredths / 100).
import {
  type Ending,
  encodeResultCode,
  type GameRecord,
  type GameSetup,
  PHASE_IDS,
  type PhaseId,
  type Plan,
  type PlayedPlan,
  planObjective,
  type Scenario,
  type SimState,
  scenarioHash,
  type TurnDecision,
  type TurnRecord,
  toPoints,
} from '../src/sim';

/** How many causes of the trust and buy-in change a turn lists. */
export const TOP_CAUSES = 3;

export interface StatePoints {
  trust: number;
  buyIn: number;
  community: number;
  wordOfMouth: number;
  participation: number;
  coherence: number;
  reach: number;
  followers: number;
  /** k€ */
  budget: number;
}

export interface CauseReport {
  cause: string;
  delta: number;
}

export interface TurnReport {
  turn: number;
  phaseBefore: PhaseId;
  phase: PhaseId;
  decision: TurnDecision;
  event: { id: string; title: string; response: string | null; success: boolean | null } | null;
  dissonance: boolean;
  ending: Ending | null;
  state: StatePoints;
  change: { trust: number; buyIn: number };
  /** What the players saw: points, or null for a KPI they did not measure. */
  dashboard: Record<string, number | null>;
  causes: { trust: CauseReport[]; buyIn: CauseReport[] };
  gateStreak: number;
  incidents: number;
}

export interface FinalReport extends StatePoints {
  phase: PhaseId;
  phaseIndex: number;
  ending: Ending | null;
  turn: number;
  incidents: number;
  moves: string[];
}

export interface GameReport {
  scenario: { id: string; version: number; hash: string };
  seed: string;
  plan: { file: string; name: string; objective: string };
  setup: GameSetup;
  game: GameRecord;
  /** The game's result code, as the end screen shows it (docs/result-codes.md). */
  code: string;
  start: StatePoints & { phase: PhaseId };
  turns: TurnReport[];
  final: FinalReport;
}

export function phaseId(index: number): PhaseId {
  return PHASE_IDS[index] ?? PHASE_IDS[PHASE_IDS.length - 1]!;
}

export function statePoints(s: SimState): StatePoints {
  const v = s.vars;
  return {
    trust: toPoints(v.trust),
    buyIn: toPoints(v.buyIn),
    community: toPoints(v.community),
    wordOfMouth: toPoints(v.wordOfMouth),
    participation: toPoints(v.participation),
    coherence: toPoints(v.coherence),
    reach: toPoints(s.reach),
    followers: toPoints(v.followers),
    budget: toPoints(v.budget),
  };
}

/** Stored hundredths to points; the difference of two such values stays exact to 2 decimals. */
const diff = (after: number, before: number) => toPoints(after - before);

function topCauses(record: TurnRecord, v: 'trust' | 'buyIn'): CauseReport[] {
  return (record.explanation[v] ?? [])
    .slice(0, TOP_CAUSES)
    .map((c) => ({ cause: c.cause, delta: toPoints(c.delta) }));
}

export function turnReport(scenario: Scenario, before: SimState, record: TurnRecord): TurnReport {
  const s = record.state;
  const dashboard: Record<string, number | null> = {};
  for (const k of scenario.measure.kpis) {
    const value = s.dashboard[k.id];
    dashboard[k.id] = value === null ? null : toPoints(value);
  }
  const ev = record.event;
  const title = ev ? (scenario.events.find((e) => e.id === ev.id)?.title.en ?? ev.id) : '';
  return {
    turn: record.turn,
    phaseBefore: phaseId(record.phaseBefore),
    phase: phaseId(record.phaseAfter),
    decision: record.decision,
    event: ev ? { id: ev.id, title, response: ev.response, success: ev.success } : null,
    dissonance: record.dissonance,
    ending: record.ending,
    state: statePoints(s),
    change: { trust: diff(s.vars.trust, before.vars.trust), buyIn: diff(s.vars.buyIn, before.vars.buyIn) },
    dashboard,
    causes: { trust: topCauses(record, 'trust'), buyIn: topCauses(record, 'buyIn') },
    gateStreak: s.gateStreak,
    incidents: s.incidents,
  };
}

export function finalReport(s: SimState): FinalReport {
  return {
    phase: phaseId(s.phase),
    phaseIndex: s.phase,
    ending: s.ending,
    turn: s.turn,
    ...statePoints(s),
    incidents: s.incidents,
    moves: [...s.moves],
  };
}

export function gameReport(
  scenario: Scenario,
  plan: { file: string; plan: Plan },
  played: PlayedPlan,
): GameReport {
  const turns: TurnReport[] = [];
  let before = played.initial;
  for (const r of played.records) {
    turns.push(turnReport(scenario, before, r));
    before = r.state;
  }
  return {
    scenario: { id: scenario.id, version: scenario.version, hash: scenarioHash(scenario) },
    seed: played.game.seed,
    plan: { file: plan.file, name: plan.plan.name, objective: planObjective(plan.plan, scenario) },
    setup: played.game.setup,
    game: played.game,
    code: encodeResultCode(scenario, played.game),
    start: { ...statePoints(played.initial), phase: phaseId(played.initial.phase) },
    turns,
    final: finalReport(played.final),
  };
}

// ---- text ----

const num = (n: number) => n.toFixed(2);
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(2)}`;

function stateLine(p: StatePoints, change?: { trust: number; buyIn: number }): string {
  const withChange = (value: number, delta: number | undefined) =>
    delta === undefined ? num(value) : `${num(value)} (${signed(delta)})`;
  return [
    `trust ${withChange(p.trust, change?.trust)}`,
    `buy-in ${withChange(p.buyIn, change?.buyIn)}`,
    `community ${num(p.community)}`,
    `word of mouth ${num(p.wordOfMouth)}`,
    `participation ${num(p.participation)}`,
    `coherence ${num(p.coherence)}`,
    `reach ${num(p.reach)}`,
    `budget ${num(p.budget)} k€`,
  ].join(' · ');
}

function causesLine(causes: CauseReport[]): string {
  return causes.length === 0 ? 'no change' : causes.map((c) => `${c.cause} ${signed(c.delta)}`).join(' · ');
}

function eventLine(scenario: Scenario, t: TurnReport): string {
  if (!t.event) return 'none';
  let line = `${t.event.id} "${t.event.title}"`;
  if (t.event.response) {
    const event = scenario.events.find((e) => e.id === t.event!.id);
    const label = event?.responses.find((r) => r.id === t.event!.response)?.label.en;
    line += ` -> response ${t.event.response}${label ? ` ("${label}")` : ''}`;
  }
  if (t.event.success !== null) line += t.event.success ? ', and it worked' : ', and it failed';
  return line;
}

const ENDINGS: Record<Ending, string> = {
  completed: 'completed: the programme ran to the last turn',
  cancelled: 'cancelled: management stopped the programme',
  'community-lost': 'community lost: trust collapsed',
};

export function renderGameText(scenario: Scenario, r: GameReport): string {
  const out: string[] = [];
  const pad = (label: string) => `  ${label.padEnd(10)} `;
  out.push(
    `${scenario.title.en}`,
    `scenario ${r.scenario.id} v${r.scenario.version} (${r.scenario.hash}) · seed "${r.seed}"`,
    `plan "${r.plan.name}" (${r.plan.file}) · objective ${r.plan.objective} · ${r.game.turns.length} turns played`,
    '',
    `Start · ${r.start.phase}`,
    `${pad('true')}${stateLine(r.start)}`,
  );
  for (const t of r.turns) {
    const d = t.decision;
    out.push(
      '',
      `Turn ${t.turn} · ${t.phaseBefore}`,
      `${pad('choices')}approach ${d.approach} · voice ${d.voice} · governance ${d.governance} · measure ${
        d.measure.length > 0 ? d.measure.join(', ') : 'nothing'
      }`,
      `${pad('moves')}${d.moves.length > 0 ? d.moves.join(', ') : 'none'}`,
      `${pad('event')}${eventLine(scenario, t)}`,
      `${pad('true')}${stateLine(t.state, t.change)}`,
      `${pad('dashboard')}${Object.entries(t.dashboard)
        .map(([k, v]) => `${k} ${v === null ? '?' : num(v)}`)
        .join(' · ')}`,
      `${pad('why trust')}${signed(t.change.trust)}: ${causesLine(t.causes.trust)}`,
      `${pad('why buy-in')}${signed(t.change.buyIn)}: ${causesLine(t.causes.buyIn)}`,
    );
    if (t.dissonance)
      out.push(`${pad('incident')}a dissonant voice went off message (${t.incidents} so far)`);
    if (t.phase !== t.phaseBefore) out.push(`${pad('phase')}reached ${t.phase}`);
    if (t.ending && t.ending !== 'completed') out.push(`${pad('ending')}${ENDINGS[t.ending]}`);
  }
  const f = r.final;
  out.push(
    '',
    `End · ${f.ending ? ENDINGS[f.ending] : 'not finished'}`,
    `${pad('turns')}${f.turn} · phase ${f.phase} · incidents ${f.incidents} · moves ${
      f.moves.length > 0 ? f.moves.join(', ') : 'none'
    }`,
    `${pad('true')}${stateLine(f)}`,
  );
  return out.join('\n');
}
