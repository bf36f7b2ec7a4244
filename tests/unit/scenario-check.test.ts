// npm run scenario:check as an author runs it: the built-in scenarios and the guide's example pass; each
// broken file of tests/fixtures/broken-scenarios is named with every one of its problems and their paths.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool';

const BROKEN = 'tests/fixtures/broken-scenarios';
const check = (...args: string[]) => runTool('scenario-check', args);

/** The lines printed for one file: from its header to its verdict. */
function section(stdout: string, file: string): string {
  const start = stdout.indexOf(`${file}: `);
  expect(start, `no report for ${file}`).toBeGreaterThanOrEqual(0);
  return stdout.slice(start, stdout.indexOf('\n\n', start) >>> 0);
}

describe.concurrent('npm run scenario:check', () => {
  it('passes every built-in scenario and the authoring guide example, after playing them', async () => {
    const files = readdirSync('scenarios')
      .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
      .map((f) => `scenarios/${f}`);
    const { status, stdout } = await check(...files, 'docs/examples/corner-bakery.json', '--seeds', '4');
    expect(stdout).not.toMatch(/error {4}/);
    expect(stdout).toContain(`${files.length + 1} of ${files.length + 1} files passed`);
    expect(section(stdout, 'docs/examples/corner-bakery.json')).toMatch(
      /played {3}64 games \(16 strategies x 4 seeds\)/,
    );
    expect(status).toBe(0);
  });

  it('names each problem of each broken file with its JSON path, and fails', async () => {
    const files = readdirSync(BROKEN).map((f) => join(BROKEN, f));
    const { status, stdout, stderr } = await check('--no-play', ...files);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const expected: Record<string, string[]> = {
      'not-json.json': ['$: not valid JSON: ', '(line 32, column 1)'],
      'schema-with-bom.json': [
        '$.level: Invalid option',
        '$.turns: Invalid input: expected number',
        '$.start.budget: Too small',
        '$: Unrecognized key: "colour"',
      ],
      'requirement-cycles.json': [
        '$.moves[1].requires[0]: "staff-training" requires itself',
        '$.moves[0].requires[0]: a cycle of requirements: tasting-club → neighbourhood-events → tasting-club',
        // What follows from both: neither move the first gate accepts can ever be made.
        '$.phases[1].gate.movesAny: none of these moves can be in place during experimentation',
      ],
      'unpayable.json': [
        '$.moves[2].cost: costs 160 but the budget never holds more than 150',
        '$.events[1].responses[0].cost: costs 180 but the budget never holds more than 150',
        '$.events[2].responses[1].cost: the default answer must be free',
      ],
      'late-event.json': ['$.events[3].minTurn: turn 9 comes after the last turn (8)'],
      'unreachable-gate.json': [
        '$.phases[1].gate.movesAll[0]: "neighbourhood-events" cannot be in place during experimentation',
      ],
      'proto-key.json': ['$.moves[0].immediate: Unrecognized key: "__proto__"'],
      'broken-references.json': [
        '$.voices[1].id: duplicate id "announce"',
        '$.start.governance: "family-council" is not one of $.governances',
        '$.moves[2].requires[0]: no move "tasting-klub"',
      ],
    };
    expect(Object.keys(expected).sort()).toEqual(readdirSync(BROKEN).sort());
    for (const [file, problems] of Object.entries(expected)) {
      const report = section(stdout, join(BROKEN, file));
      for (const problem of problems) expect(report).toContain(problem);
      const errors = report.split('\n').filter((l) => l.startsWith('  error'));
      expect(errors.length, `${file}:\n${report}`).toBe(file === 'not-json.json' ? 1 : problems.length);
      expect(report).toMatch(/FAILED: [0-9]+ errors?, 0 warnings$/);
    }
    expect(stdout).toContain(`0 of ${files.length} files passed`);
  });

  it('reports what the games show as warnings, which do not fail the check', async () => {
    const { status, stdout } = await check('docs/examples/corner-bakery.json', '--seeds', '4');
    expect(stdout).toMatch(/warning {2}\$\.voices\[0\]: dead option "announce"/);
    expect(stdout).toMatch(/ok: 0 errors, [1-9][0-9]* warnings?/);
    expect(status).toBe(0);
  });
});
