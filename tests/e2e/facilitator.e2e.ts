// The facilitator's view in real Chromium: three teams' codes pasted (one corrupted), compared with the
// headless runner's results for the same games, exported as CSV and read back, printed as a report, kept
// across a reload, shown on a projector, and screenshotted at two sizes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/analysis/csv';
import {
  corrupt,
  type RunnerReport,
  runRunner,
  SEED,
  type TeamGame,
  teamGames,
} from './facilitator-fixtures';
import {
  type Harness,
  type OpenedPage,
  RESULTS_DIR,
  screenshot,
  startHarness,
  waitForSelector,
} from './harness';

let h: Harness;
let teams: TeamGame[];
let runner: Map<string, RunnerReport>;

beforeAll(async () => {
  teams = teamGames();
  runner = new Map(teams.map((t) => [t.name, runRunner(`scenarios/plans/${t.planId}.json`, SEED)]));
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const hundredths = (points: number) => Math.round(points * 100);

async function pasteTeams(p: OpenedPage, extra: string[] = []): Promise<void> {
  await p.page.click('#nav-collect');
  await waitForSelector(p, '#codes-input', 'the paste area');
  await p.page.fill('#codes-input', [...teams.map((t) => `${t.name}: ${t.code}`), ...extra].join('\n'));
  await p.page.click('#codes-add');
}

describe("facilitator's view", () => {
  it('keeps three good codes, refuses a corrupted one with its reason, and matches the runner', async () => {
    const p = await h.openPage('facilitator.html', { viewport: { width: 1280, height: 720 } });
    await waitForSelector(p, '[data-testid="prepare"]', 'the prepare step');
    await p.page.fill('#session-seed', SEED);
    await pasteTeams(p, [`Typo team: ${corrupt(teams[1]!.code)}`]);
    await waitForSelector(p, '[data-testid="refused"]', 'the refused list');
    const refused = await p.page.locator('[data-testid="refused"] .refusal').allTextContents();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('Typo team');
    expect(refused[0]).toMatch(/typo|damaged|mistyped/i);
    expect(await p.page.locator('[data-testid="team-list"] .team-item').count()).toBe(3);
    await screenshot(p.page, 'facilitator-collect-1280x720');

    await p.page.click('#nav-compare');
    await waitForSelector(p, '[data-testid="compare-table"]', 'the comparison table');
    for (const team of teams) {
      const row = p.page.locator(`[data-testid="compare-table"] tr[data-team="${team.name}"]`);
      const value = async (id: string) => row.locator(`[data-testid="${id}"]`).getAttribute('data-value');
      const final = runner.get(team.name)!.final;
      expect(Number(await value('team-trust')), `${team.name} trust`).toBe(hundredths(final.trust));
      expect(Number(await value('team-buyin')), `${team.name} buy-in`).toBe(hundredths(final.buyIn));
      expect(Number(await value('team-reach')), `${team.name} reach`).toBe(hundredths(final.reach));
      expect(await value('team-phase')).toBe(final.phase);
      expect(await value('team-ending')).toBe(final.ending ?? '');
    }
    // Overlaid charts: one line per team, each named.
    for (const id of ['overlay-trust', 'overlay-buyin'])
      expect(await p.page.locator(`[data-testid="${id}"] .chart-series`).count()).toBe(3);
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('exports a CSV that parses back to the same numbers', async () => {
    const p = await h.openPage('facilitator.html');
    await pasteTeams(p);
    await p.page.click('#nav-compare');
    const [download] = await Promise.all([p.page.waitForEvent('download'), p.page.click('#export-csv')]);
    const file = join(RESULTS_DIR, 'facilitator-export.csv');
    await download.saveAs(file);
    const records = csvRecords(readFileSync(file, 'utf8'));
    for (const team of teams) {
      const rows = records.filter((r) => r.team === team.name);
      const report = runner.get(team.name)!;
      expect(rows).toHaveLength(report.turns.length);
      team.played.records.forEach((rec, i) => {
        const row = rows[i]!;
        expect(Number(row.turn)).toBe(rec.turn);
        expect(hundredths(Number(row.trust))).toBe(rec.state.vars.trust);
        expect(hundredths(Number(row.buy_in))).toBe(rec.state.vars.buyIn);
        expect(hundredths(Number(row.reach))).toBe(rec.state.reach);
        expect(row.approach).toBe(rec.decision.approach);
      });
      const last = rows[rows.length - 1]!;
      expect(hundredths(Number(last.trust))).toBe(hundredths(report.final.trust));
      expect(last.phase).toBe(report.final.phase);
    }
    // The JSON export carries the same teams.
    const [json] = await Promise.all([p.page.waitForEvent('download'), p.page.click('#export-json')]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(exported.teams.map((t: { name: string }) => t.name)).toEqual(teams.map((t) => t.name));
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('prints a report holding every team, and writes it as PDF', async () => {
    const p = await h.openPage('facilitator.html', { viewport: { width: 1280, height: 720 } });
    await pasteTeams(p);
    await p.page.click('#nav-report');
    await waitForSelector(p, '[data-testid="report"]', 'the report');
    await p.page.emulateMedia({ media: 'print' });
    // innerText, not textContent: it leaves out what the print stylesheet hides.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what this checks
    const printed = await p.page.evaluate(() => (document.body as HTMLElement).innerText);
    for (const team of teams) expect(printed).toContain(team.name);
    expect(await p.page.locator('.fac-header').isVisible()).toBe(false);
    expect(await p.page.locator('#print-report').isVisible()).toBe(false);
    await screenshot(p.page, 'facilitator-report-print');
    const pdf = join(RESULTS_DIR, 'facilitator-report.pdf');
    await p.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    // Text check when poppler's pdftotext is installed (Debian: poppler-utils).
    const tool = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    if (tool.status === 0)
      for (const team of teams) expect(tool.stdout.replace(/\s+/g, ' ')).toContain(team.name);
    else console.warn('pdftotext not found: the PDF was written but its text was not read back');
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('keeps the session, teams and notes across a reload, and reports a damaged store', async () => {
    const p = await h.openPage('facilitator.html');
    await p.page.fill('#session-seed', SEED);
    await p.page.selectOption('#fixed-6', 'viral-complaint');
    await pasteTeams(p);
    await p.page.locator('#team-name-0').fill('Renamed crew');
    await p.page.locator('#team-name-0').press('Enter');
    await p.page.click('#nav-report');
    await p.page.fill('#session-notes', 'Ask Gamblers about Q5.');
    await p.page.reload();
    await waitForSelector(p, '[data-testid="compare-table"]', 'the comparison after reload');
    const names = await p.page
      .locator('[data-testid="compare-table"] [data-testid="team-name"]')
      .allTextContents();
    expect(names.join(' ')).toContain('Renamed crew');
    expect(names).toHaveLength(3);
    await p.page.click('#nav-prepare');
    expect(await p.page.inputValue('#session-seed')).toBe(SEED);
    expect(await p.page.inputValue('#fixed-6')).toBe('viral-complaint');
    const link = await p.page.inputValue('#session-link');
    expect(link).toContain('#setup=1&scenario=default&seed=e2e-harbour-7&events=6%3Aviral-complaint');
    await p.page.click('#nav-report');
    expect(await p.page.inputValue('#session-notes')).toBe('Ask Gamblers about Q5.');

    // A damaged store: reported, never a blank page, and can be reset.
    await p.page.evaluate(() =>
      localStorage.setItem('social-journey.facilitator', '{"format":"social-journey-facilitator"'),
    );
    await p.page.reload();
    await waitForSelector(p, '[data-testid="store-problem"]', 'the damaged-store notice');
    await p.page.click('#reset-store');
    await waitForSelector(p, '[data-testid="prepare"]', 'a fresh session');
    expect(await p.page.locator('[data-testid="store-problem"]').count()).toBe(0);
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('collects codes from a #codes= link', async () => {
    const p = await h.openPage(`facilitator.html#codes=${teams.map((t) => t.code).join(',')}`);
    await waitForSelector(p, '[data-testid="compare-table"]', 'the comparison');
    expect(await p.page.locator('[data-testid="compare-table"] tbody tr').count()).toBe(3);
    expect(p.page.url()).not.toContain('codes=');
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    it(`screens at ${viewport.width}x${viewport.height}`, async () => {
      const size = `${viewport.width}x${viewport.height}`;
      const p = await h.openPage('facilitator.html', { viewport });
      await waitForSelector(p, '[data-testid="prepare"]', 'the prepare step');
      await p.page.fill('#session-seed', SEED);
      await waitForSelector(p, '[data-testid="session-qr"] svg', 'the QR code');
      await p.page.screenshot({ path: join(RESULTS_DIR, `facilitator-prepare-${size}.png`) });
      await pasteTeams(p);
      await p.page.click('#nav-compare');
      await p.page.screenshot({ path: join(RESULTS_DIR, `facilitator-compare-${size}.png`) });
      await p.page.click('#open-projector');
      await waitForSelector(p, '[data-testid="projector"]', 'the projector');
      await p.page.screenshot({ path: join(RESULTS_DIR, `facilitator-projector-1-${size}.png`) });
      const counter = p.page.locator('.slide-counter');
      const first = await counter.textContent();
      await p.page.keyboard.press('ArrowRight');
      expect(await counter.textContent()).not.toBe(first);
      await p.page.keyboard.press('ArrowRight');
      await p.page.screenshot({ path: join(RESULTS_DIR, `facilitator-projector-3-${size}.png`) });
      await p.page.keyboard.press('Escape');
      await waitForSelector(p, '[data-testid="compare"]', 'back to the comparison');
      expect(existsSync(join(RESULTS_DIR, `facilitator-compare-${size}.png`))).toBe(true);
      expect(p.problems()).toEqual([]);
      await p.close();
    });
  }
});
