// Defect 12 of the fuzzing run: what the scenario loader used to let through or refuse wrongly. Each case
// names the JSON path of its problem, as an author needs to find it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GameError, newGame, parseScenarioText, ScenarioError, type ScenarioProblem } from '../../src/sim';

const text = readFileSync('scenarios/default.json', 'utf8');
const fresh = () => JSON.parse(text);
const indexOf = (list: { id: string }[], id: string) => list.findIndex((x) => x.id === id);

function problemsOfText(source: string): ScenarioProblem[] {
  try {
    parseScenarioText(source, 'test.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).problems;
  }
  throw new Error('expected the scenario to be refused');
}
const problemsOf = (json: unknown) => problemsOfText(JSON.stringify(json));

describe('scenario loader (defect 12)', () => {
  it('refuses a move that requires itself, at the path of the requirement', () => {
    const s = fresh();
    const i = indexOf(s.moves, 'exec-sponsor');
    s.moves[i].requires = ['exec-sponsor'];
    expect(problemsOf(s)).toContainEqual({
      path: `$.moves[${i}].requires[0]`,
      message: '"exec-sponsor" requires itself',
    });
  });

  it('refuses a cycle of requirements and names the whole loop', () => {
    const s = fresh();
    const sponsor = indexOf(s.moves, 'exec-sponsor');
    // social-department needs exec-sponsor, integrate-functions needs social-department: close the loop.
    s.moves[sponsor].requires = ['integrate-functions'];
    const problems = problemsOf(s);
    expect(problems).toContainEqual({
      path: `$.moves[${sponsor}].requires[0]`,
      message:
        'a cycle of requirements: exec-sponsor → integrate-functions → social-department → exec-sponsor',
    });
    // One loop, one problem: not once per move on it.
    expect(problems.filter((p) => p.message.startsWith('a cycle'))).toHaveLength(1);
  });

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    expect(parseScenarioText(`\uFEFF${text}`, 'bom.json').id).toBe('default');
  });

  it('refuses an answer that no budget can pay, at its path', () => {
    const s = fresh();
    const e = indexOf(s.events, 'viral-complaint');
    const r = indexOf(s.events[e].responses, 'lawyers');
    s.events[e].responses[r].cost = 200;
    expect(problemsOf(s)).toContainEqual({
      path: `$.events[${e}].responses[${r}].cost`,
      message: 'costs 200 but the budget never holds more than 150 (tuning.budgetCap, start.budget)',
    });
  });

  it('refuses a default answer that an empty budget cannot pay (the game would be stuck)', () => {
    const s = fresh();
    const e = indexOf(s.events, 'viral-complaint');
    const r = indexOf(s.events[e].responses, 'silence');
    s.events[e].responses[r].cost = 5;
    expect(problemsOf(s)).toContainEqual({
      path: `$.events[${e}].responses[${r}].cost`,
      message: 'the default answer must be free: a team with an empty budget still has to answer',
    });
  });

  it('refuses __proto__ keys like every other unknown key, wherever they are', () => {
    const s = fresh();
    const top = `{"__proto__": {"turns": 4}, ${text.trimStart().slice(1)}`;
    expect(problemsOfText(top)).toContainEqual({ path: '$', message: 'Unrecognized key: "__proto__"' });
    // Inside a record of variables zod used to drop it without a word.
    const m = indexOf(s.moves, 'exec-sponsor');
    const inRecord = JSON.stringify(s).replace('"immediate":{', '"immediate":{"__proto__":{"trust":50},');
    expect(problemsOfText(inRecord)).toContainEqual({
      path: '$.moves[0].immediate',
      message: 'Unrecognized key: "__proto__"',
    });
    expect(m).toBeGreaterThanOrEqual(0);
  });

  it('refuses an event that can only come after the last turn', () => {
    const s = fresh();
    const e = indexOf(s.events, 'budget-cut');
    s.events[e].minTurn = 13;
    expect(problemsOf(s)).toContainEqual({
      path: `$.events[${e}].minTurn`,
      message: 'turn 13 comes after the last turn (12): this event can never happen',
    });
  });

  it('refuses a game whose fixed event comes after its last turn (the --event of the tools)', () => {
    const scenario = parseScenarioText(text);
    expect(() => newGame(scenario, 's', 'retention', { fixedEvents: { '13': 'budget-cut' } })).toThrow(
      new GameError('the event fixed in turn 13 comes after the last turn (12)'),
    );
    expect(() =>
      newGame(scenario, 's', 'retention', { turns: 6, fixedEvents: { '7': 'budget-cut' } }),
    ).toThrow(/turn 7 comes after the last turn \(6\)/);
    expect(() =>
      newGame(scenario, 's', 'retention', { turns: 6, fixedEvents: { '6': 'budget-cut' } }),
    ).not.toThrow();
  });
});
