import { describe, expect, it } from 'vitest';
import { causeParts, topCauses } from '../../src/analysis/causes';
import { sortRows, teamRow } from '../../src/analysis/compare';
import { CSV_COLUMNS, csvRecords, parseCsv, toCsv } from '../../src/analysis/csv';
import { referenceGames } from '../../src/analysis/reference-plans';
import { gameSeries, measuredKpis } from '../../src/analysis/series';
import { timelineRows } from '../../src/analysis/timeline';
import { allMoves, turningPoints } from '../../src/analysis/turning-points';
import { KPI_IDS, playPlan, VAR_IDS } from '../../src/sim';
import { plan, scenario } from './analysis-helpers';

const games = [
  { name: 'Blue team', played: playPlan(scenario, 'an-1', plan('continuity-dialogue')) },
  { name: 'Red, "the bold"', played: playPlan(scenario, 'an-1', plan('campaign-broadcast')) },
  { name: 'Green\nteam', played: playPlan(scenario, 'an-1', plan('viral-gambler')) },
  { name: 'Gone early', played: playPlan(scenario, 'an-5', plan('campaign-then-drop')) },
];

describe('explanations', () => {
  it('add up to the change of every variable and of reach, every turn', () => {
    for (const { played } of games) {
      let prev = played.initial;
      for (const r of played.records) {
        for (const v of VAR_IDS) {
          const sum = (r.explanation[v] ?? []).reduce((s, c) => s + c.delta, 0);
          expect(sum, `${v} in turn ${r.turn}`).toBe(r.state.vars[v] - prev.vars[v]);
        }
        const reach = (r.explanation.reach ?? []).reduce((s, c) => s + c.delta, 0);
        expect(reach).toBe(r.state.reach - prev.reach);
        prev = r.state;
      }
    }
  });

  it('named causes plus the rest still add up', () => {
    const r = games[0]!.played.records[2]!;
    const list = r.explanation.trust ?? [];
    const { top, rest } = topCauses(list, 2);
    expect(top.reduce((s, c) => s + c.delta, 0) + rest).toBe(list.reduce((s, c) => s + c.delta, 0));
    expect(top.length).toBeLessThanOrEqual(2);
  });

  it('cause ids split into kind and option', () => {
    expect(causeParts('approach:campaign')).toEqual({ kind: 'approach', id: 'campaign' });
    expect(causeParts('governance:change')).toEqual({ kind: 'governance-change', id: '' });
    expect(causeParts('carry:trust-drifts')).toEqual({ kind: 'carry', id: 'trust-drifts' });
    expect(causeParts('limit')).toEqual({ kind: 'limit', id: '' });
    expect(causeParts('strange')).toEqual({ kind: 'other', id: 'strange' });
  });
});

describe('turning points', () => {
  it('are the largest per-turn moves of trust or buy-in, found by brute force', () => {
    for (const { played } of games) {
      const moves: { turn: number; v: string; delta: number }[] = [];
      let prev = played.initial;
      for (const r of played.records) {
        moves.push({ turn: r.turn, v: 'trust', delta: r.state.vars.trust - prev.vars.trust });
        moves.push({ turn: r.turn, v: 'buyIn', delta: r.state.vars.buyIn - prev.vars.buyIn });
        prev = r.state;
      }
      const points = turningPoints(played, { count: 3, minDelta: 0 });
      expect(points).toHaveLength(Math.min(3, moves.length));
      const chosen = new Set(points.map((p) => `${p.turn}/${p.variable}`));
      const smallestChosen = Math.min(...points.map((p) => Math.abs(p.delta)));
      for (const m of moves)
        if (!chosen.has(`${m.turn}/${m.v}`)) expect(Math.abs(m.delta)).toBeLessThanOrEqual(smallestChosen);
      for (const p of points) {
        const m = moves.find((x) => x.turn === p.turn && x.v === p.variable)!;
        expect(p.delta).toBe(m.delta);
        expect(p.after - p.before).toBe(p.delta);
        expect(p.causes.reduce((s, c) => s + c.delta, 0) + p.otherCauses).toBe(p.delta);
      }
      // Shown in the order of the game.
      expect(points.map((p) => p.turn)).toEqual([...points.map((p) => p.turn)].sort((a, b) => a - b));
    }
  });

  it('leave out moves below the threshold', () => {
    const { played } = games[0]!;
    const all = allMoves(played);
    const big = turningPoints(played, { count: 100, minDelta: 300 });
    expect(big.length).toBe(all.filter((m) => Math.abs(m.delta) >= 300).length);
  });
});

describe('series and timeline', () => {
  it('follow the true state and the dashboard, turn by turn', () => {
    const { played } = games[1]!;
    const series = gameSeries(played);
    expect(series).toHaveLength(played.records.length + 1);
    expect(series[0]!.turn).toBe(0);
    for (const [i, r] of played.records.entries()) {
      const p = series[i + 1]!;
      expect(p.trust).toBe(r.state.vars.trust);
      expect(p.reach).toBe(r.state.reach);
      for (const k of KPI_IDS) expect(p.seen[k] === null).toBe(!r.decision.measure.includes(k));
    }
    expect(measuredKpis(played).length).toBeGreaterThan(0);
    const rows = timelineRows(played);
    expect(rows.map((r) => r.turn)).toEqual(played.records.map((r) => r.turn));
    expect(rows.reduce((s, r) => s + r.trustDelta, 0)).toBe(
      played.final.vars.trust - played.initial.vars.trust,
    );
  });
});

describe('team comparison', () => {
  it('reports the final state and the decisions made', () => {
    const rows = games.map(({ name, played }) => teamRow(scenario, name, played.game, played));
    for (const [i, row] of rows.entries()) {
      const { played } = games[i]!;
      expect(row.trust).toBe(played.final.vars.trust);
      expect(row.buyIn).toBe(played.final.vars.buyIn);
      expect(row.ending).toBe(played.final.ending);
      expect(row.key.approaches.reduce((s, c) => s + c.count, 0)).toBe(played.game.turns.length);
      expect(row.key.moves.length).toBe(played.game.turns.flatMap((d) => d.moves).length);
    }
    const byTrust = sortRows(rows, 'trust');
    for (let i = 1; i < byTrust.length; i++)
      expect(byTrust[i - 1]!.trust).toBeGreaterThanOrEqual(byTrust[i]!.trust);
    expect(sortRows(rows, 'name', false)[0]!.name).toBe('Blue team');
  });

  it('reference plans replay the seed and setup of the team', () => {
    const refs = referenceGames(scenario, 'an-ref', { turns: 6, fixedEvents: { '3': 'viral-complaint' } });
    expect(refs.length).toBeGreaterThan(3);
    for (const r of refs) {
      expect(r.game.seed).toBe('an-ref');
      expect(r.records.length).toBeLessThanOrEqual(6);
      if (r.records.length >= 3) expect(r.records[2]!.event?.id).toBe('viral-complaint');
    }
  });
});

describe('CSV export', () => {
  it('has one row per team per turn and parses back to the same numbers and texts', () => {
    const teams = games.map(({ name, played }) => ({ name, game: played.game, replay: played }));
    const text = toCsv(teams);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(CSV_COLUMNS);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const records = csvRecords(text);
    expect(records).toHaveLength(teams.reduce((s, t) => s + t.replay.records.length, 0));
    let at = 0;
    for (const t of teams) {
      for (const r of t.replay.records) {
        const rec = records[at++]!;
        const back = (col: string) => Math.round(Number(rec[col]) * 100);
        expect(rec.team).toBe(t.name);
        expect(Number(rec.turn)).toBe(r.turn);
        expect(back('trust')).toBe(r.state.vars.trust);
        expect(back('buy_in')).toBe(r.state.vars.buyIn);
        expect(back('reach')).toBe(r.state.reach);
        expect(back('budget')).toBe(r.state.vars.budget);
        expect(rec.measure!.split(';').filter(Boolean)).toEqual(r.decision.measure);
        for (const k of KPI_IDS) {
          const seen = rec[`seen_${k.replace(/-/g, '_')}`]!;
          const value = r.state.dashboard[k];
          if (value === null) expect(seen).toBe('');
          else expect(Math.round(Number(seen) * 100)).toBe(value);
          expect(back(`true_${k.replace(/-/g, '_')}`)).toBe(r.state.kpis[k]);
        }
        expect(rec.ending).toBe(r.ending ?? '');
      }
    }
  });

  it('keeps spreadsheets from running a team name as a formula', () => {
    const { played } = games[0]!;
    const text = toCsv([{ name: '=HYPERLINK("x")', game: played.game, replay: played }]);
    expect(csvRecords(text)[0]!.team).toBe('\'=HYPERLINK("x")');
  });

  it('reads quoted fields, doubled quotes and both line ends', () => {
    expect(parseCsv('a,"b,c","d""e"\n"f\r\ng",h')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f\r\ng', 'h'],
    ]);
    expect(parseCsv('x,y\r\n1,\r\n')).toEqual([
      ['x', 'y'],
      ['1', ''],
    ]);
  });
});
