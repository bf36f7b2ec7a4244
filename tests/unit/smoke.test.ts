import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, parseScenarioText, playPlan } from '../../src/sim';

describe('default scenario', () => {
  it('plays a reference plan to the end', () => {
    const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
    const plan = parsePlan(
      JSON.parse(readFileSync('scenarios/plans/continuity-dialogue.json', 'utf8')),
      scenario,
    );
    const played = playPlan(scenario, 'smoke', plan);
    expect(played.final.ending).toBe('completed');
    expect(played.records).toHaveLength(scenario.turns);
  });
});
