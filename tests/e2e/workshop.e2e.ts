// A workshop as a facilitator runs it, in real Chromium: the teams' codes arrive in a chat transcript, the
// session moves to another computer by its file or its link, and the CSV opens in a French spreadsheet.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/analysis/csv';
import { facilitatorLink, type Session } from '../../src/analysis/session';
import { contextOf, encodeResultCode, gateMargins, playPlan, toPoints } from '../../src/sim';
import { chatTranscript, TRANSCRIPT_TEAMS } from '../fixtures/chat-transcript';
import { plan, SEED, scenario } from './facilitator-fixtures';
import { qrVideo } from './fake-camera';
import { waitScreen } from './game-driver';
import {
  launchChromium,
  type OpenedPage,
  openPageAt,
  RESULTS_DIR,
  screenshot,
  waitForSelector,
} from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

/** A session with every field set, and three teams who played it. */
const session: Session = {
  scenario: 'default',
  seed: SEED,
  turns: 10,
  fixedEvents: { '6': 'viral-complaint' },
};
const moved = [
  { name: 'Équipe Zoé', planId: 'continuity-dialogue', notes: 'Froze in Q4, then talked.' },
  { name: 'Loud & Proud', planId: 'campaign-broadcast', notes: '' },
  { name: '=Gamblers', planId: 'viral-gambler', notes: 'Ask about the stunt.' },
].map((t) => ({
  ...t,
  code: encodeResultCode(
    scenario,
    playPlan(scenario, SEED, plan(t.planId), { turns: 10, fixedEvents: { '6': 'viral-complaint' } }).game,
  ),
}));

/** The facilitator page opened from a link carrying the session and the three teams' codes. */
async function openMovedSession(options: Parameters<typeof h.openPage>[1]): Promise<OpenedPage> {
  const link = facilitatorLink(
    h.url('facilitator.html'),
    session,
    moved.map((t) => t.code),
  );
  const p = await h.openPage(link.slice(h.origin.length + 1), options);
  await waitForSelector(p, '[data-testid="compare-table"]', 'the comparison');
  return p;
}

async function teamNames(p: OpenedPage): Promise<string[]> {
  return p.page
    .locator('[data-testid="team-list"] .team-item input[type="text"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

describe('a workshop session', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ])
    it(`collects the 8 teams of a chat transcript at ${viewport.width}x${viewport.height}`, async () => {
      const { text } = chatTranscript(scenario, SEED);
      const p = await h.openPage('facilitator.html', { viewport });
      await waitForSelector(p, '[data-testid="prepare"]', 'the prepare step');
      await p.page.fill('#session-seed', SEED);
      await p.page.click('#nav-collect');
      await p.page.fill('#codes-input', text);
      await p.page.click('#codes-add');
      await waitForSelector(p, '[data-testid="team-list"]', 'the team list');
      expect(await teamNames(p)).toEqual(TRANSCRIPT_TEAMS);
      // The two codes sent twice: grouped again (the same game), and in the old format 1, refused with its
      // reason since a game has one code.
      const refused = p.page.locator('[data-testid="refused"] .refusal');
      expect(await refused.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual([
        'duplicate',
        'unknown-version',
      ]);
      expect(await p.page.textContent('#collect-status')).toMatch(
        /8 added, 2 refused\. 9 other lines ignored/,
      );
      expect(await p.page.locator('.team-item .tag-warn').count()).toBe(0);
      await screenshot(p.page, `workshop-transcript-${viewport.width}x${viewport.height}`);
      expect(p.problems()).toEqual([]);
      await p.close();
    });

  it('moves a whole session by its file to a fresh browser, with no team in "other session"', async () => {
    const a = await h.openPage('facilitator.html', { viewport: { width: 1280, height: 720 } });
    await waitForSelector(a, '[data-testid="prepare"]', 'the prepare step');
    await a.page.fill('#session-seed', SEED);
    await a.page.fill('#session-turns', '10');
    await a.page.selectOption('#fixed-6', 'viral-complaint');
    await a.page.click('#nav-collect');
    await a.page.fill('#codes-input', moved.map((t) => `${t.name}: ${t.code}`).join('\n'));
    await a.page.click('#codes-add');
    await waitForSelector(a, '[data-testid="team-list"]', 'the team list');
    expect(await teamNames(a)).toEqual(moved.map((t) => t.name));
    await a.page.click('#nav-report');
    await a.page.fill('#session-notes', 'Debrief at 16:00, room B.');
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.click('#export-json')]);
    const file = join(RESULTS_DIR, 'workshop-session.json');
    await download.saveAs(file);
    await a.close();

    const b = await h.openPage('facilitator.html', { viewport: { width: 1280, height: 720 } });
    await waitForSelector(b, '[data-testid="prepare"]', 'a fresh facilitator page');
    await b.page.setInputFiles('#session-file', file);
    await waitForSelector(b, '[data-testid="compare-table"]', 'the restored comparison');
    expect(
      await b.page.locator('[data-testid="compare-table"] [data-testid="team-name"]').allTextContents(),
    ).toEqual(expect.arrayContaining(moved.map((t) => t.name)));
    expect(await b.page.locator('.tag-warn').count()).toBe(0);
    await screenshot(b.page, 'workshop-moved-compare-1280x720');
    await b.page.click('#nav-prepare');
    expect(await b.page.inputValue('#session-seed')).toBe(SEED);
    expect(await b.page.inputValue('#session-turns')).toBe('10');
    expect(await b.page.inputValue('#fixed-6')).toBe('viral-complaint');
    await b.page.click('#nav-report');
    expect(await b.page.inputValue('#session-notes')).toBe('Debrief at 16:00, room B.');
    // The restored session is kept across a reload, as any other.
    await b.page.reload();
    await waitForSelector(b, '[data-testid="compare-table"]', 'the comparison after reload');
    expect(await b.page.locator('.tag-warn').count()).toBe(0);
    expect(b.problems()).toEqual([]);
    await b.close();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.session).toEqual(session);
  });

  it('opens a facilitator link carrying the session and the codes, with no team in "other session"', async () => {
    const p = await openMovedSession({ viewport: { width: 1280, height: 720 } });
    expect(await p.page.locator('[data-testid="compare-table"] tbody tr').count()).toBe(3);
    expect(await p.page.locator('.tag-warn').count()).toBe(0);
    expect(p.page.url()).not.toContain('codes=');
    await p.page.click('#nav-prepare');
    expect(await p.page.inputValue('#session-seed')).toBe(SEED);
    expect(await p.page.inputValue('#fixed-6')).toBe('viral-complaint');
    // The collect step offers the same link again, to move the session on.
    await p.page.click('#nav-collect');
    expect(await p.page.inputValue('#move-link')).toContain('codes=');
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('writes a CSV a French spreadsheet opens as columns: byte order mark, ";" and decimal commas', async () => {
    const p = await openMovedSession({ locale: 'fr-FR' });
    await p.page.click('#nav-collect');
    await p.page.locator('#team-name-2').fill('=Gamblers');
    await p.page.locator('#team-name-2').press('Enter');
    expect(await p.page.inputValue('#csv-dialect')).toBe('semicolon');
    const [download] = await Promise.all([p.page.waitForEvent('download'), p.page.click('#export-csv')]);
    const file = join(RESULTS_DIR, 'workshop-fr.csv');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = csvRecords(text, ';');
    expect(rows.length).toBeGreaterThan(20);
    expect(rows[0]!.trust).toMatch(/^[0-9]+(,[0-9]+)?$/);
    expect(new Set(rows.map((r) => r.team))).toContain("'=Gamblers");
    // The choice beside the button gives the comma dialect instead.
    await p.page.selectOption('#csv-dialect', 'comma');
    const [again] = await Promise.all([p.page.waitForEvent('download'), p.page.click('#export-csv')]);
    const comma = csvRecords(readFileSync((await again.path())!, 'utf8'));
    expect(comma[0]!.trust).toBe(rows[0]!.trust!.replace(',', '.'));
    expect(p.problems()).toEqual([]);
    await p.close();
  });

  it('shows the result code as a QR code on the end screen, and the facilitator reads it with the camera', async () => {
    const code = moved[0]!.code;
    const end = await h.openPage(`index.html#code=${code}`, { viewport: { width: 390, height: 844 } });
    await waitForSelector(end, '[data-testid="code-qr"] svg', 'the QR code of the result code');
    await end.page.locator('[data-testid="code-qr"]').scrollIntoViewIfNeeded();
    await end.page.screenshot({ path: join(RESULTS_DIR, 'workshop-end-qr-390x844.png') });
    expect(end.problems()).toEqual([]);
    await end.close();

    // Chromium's fake camera films that same QR code (BarcodeDetector is missing on Linux: jsQR reads it).
    const video = qrVideo(join(RESULTS_DIR, 'workshop-qr.y4m'), code);
    const browser = await launchChromium([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const p = await openPageAt(browser, h.origin, 'facilitator.html', {
        viewport: { width: 1280, height: 720 },
      });
      await p.page.context().grantPermissions(['camera'], { origin: h.origin });
      await p.page.click('#nav-collect');
      await p.page.click('#scan-codes');
      await waitForSelector(p, '#scan-read li', 'a code read by the camera');
      expect(await p.page.textContent('#scan-read')).toMatch(/Added: Team 1/);
      await p.page.screenshot({ path: join(RESULTS_DIR, 'workshop-camera-1280x720.png') });
      await p.page.click('#scan-close');
      // The dialog leaves with the next redraw: wait for it to go, then check the camera's team stayed.
      await p.page.locator('#scan-dialog').waitFor({ state: 'detached' });
      expect(await teamNames(p)).toEqual(['Team 1']);
      expect(p.problems()).toEqual([]);
      await p.close();
    } finally {
      await browser.close();
    }
  });

  it('prints a landscape report with every column of the comparison and a page per team (PDF pages as PNG)', async () => {
    const p = await openMovedSession({ viewport: { width: 1280, height: 720 } });
    await p.page.click('#nav-report');
    await waitForSelector(p, '[data-testid="report"]', 'the report');
    await p.page.emulateMedia({ media: 'print' });
    const headers = await p.page.locator('.report .compare-table thead th').allTextContents();
    expect(headers.length).toBeGreaterThanOrEqual(12);
    // No table is wider than the page: every column is on paper.
    const overflow = await p.page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.report table')].filter(
          (table) =>
            table.getBoundingClientRect().right >
            (table.closest('.report') as HTMLElement).getBoundingClientRect().right + 1,
        ).length,
    );
    expect(overflow).toBe(0);
    expect(await p.page.locator('.report [data-testid="shared-event"]').count()).toBe(1 + moved.length);
    const pdf = join(RESULTS_DIR, 'workshop-report.pdf');
    await p.page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    expect(p.problems()).toEqual([]);
    await p.close();

    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.status, 'pdftotext (poppler-utils) must be installed').toBe(0);
    const pages = text.stdout.split('\f').filter((page) => page.trim() !== '');
    const first = pages[0]!.replace(/\s+/g, ' ');
    for (const header of headers) for (const word of header.split(/\s+/)) expect(first).toContain(word);
    // One page (at least) per team, each starting with its name (a link carries codes, not names).
    for (const name of ['Team 1', 'Team 2', 'Team 3'])
      expect(pages.some((page) => page.trimStart().startsWith(name))).toBe(true);
    const stem = join(RESULTS_DIR, 'workshop-report-page');
    for (const old of readdirSync(RESULTS_DIR))
      if (old.startsWith('workshop-report-page')) rmSync(join(RESULTS_DIR, old));
    const png = spawnSync('pdftoppm', ['-r', '60', '-png', pdf, stem], { encoding: 'utf8' });
    expect(png.status, 'pdftoppm (poppler-utils) must be installed').toBe(0);
    expect(readdirSync(RESULTS_DIR).filter((f) => f.startsWith('workshop-report-page')).length).toBe(
      pages.length,
    );
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ])
    it(`projects a guided debrief at ${viewport.width}x${viewport.height}: join QR, hidden names, the shared event`, async () => {
      const size = `${viewport.width}x${viewport.height}`;
      const p = await openMovedSession({ viewport });
      await p.page.click('#open-projector');
      await waitForSelector(p, '[data-testid="join-slide"] svg.qr', 'the join slide and its QR code');
      const qr = await p.page.locator('[data-testid="join-slide"] svg.qr').boundingBox();
      expect(qr!.width).toBeGreaterThan(Math.min(viewport.width, viewport.height) * 0.4);
      await p.page.screenshot({ path: join(RESULTS_DIR, `workshop-projector-join-${size}.png`) });

      // Names hidden: the curves speak of "Team A", "Team B"...; each team has its own marker and dash.
      await p.page.click('#slide-anonymous');
      await p.page.locator('.projector').focus();
      await p.page.keyboard.press('ArrowRight');
      await p.page.keyboard.press('ArrowRight');
      await waitForSelector(p, '[data-testid="projector-trust"]', 'the trust curves');
      const legend = await p.page
        .locator('[data-testid="projector-trust"] .chart-legend li')
        .allTextContents();
      expect(legend).toEqual(['Team A', 'Team B', 'Team C']);
      const looks = await p.page
        .locator('[data-testid="projector-trust"] .chart-series')
        .evaluateAll((groups) =>
          groups.map(
            (g) =>
              `${g.querySelector('path')?.getAttribute('stroke-dasharray') ?? ''}/${g.children[1]?.tagName}`,
          ),
        );
      expect(new Set(looks).size).toBe(3);
      const tick = await p.page.locator('[data-testid="projector-trust"] .chart-tick').first().boundingBox();
      expect(tick!.height).toBeGreaterThanOrEqual(viewport.width >= 1280 ? 18 : 8);
      await p.page.screenshot({ path: join(RESULTS_DIR, `workshop-projector-curves-${size}.png`) });

      // The guided debrief of 45 minutes: timed steps, the shared event among them.
      await p.page.selectOption('#guided-length', '45');
      await waitForSelector(p, '[data-testid="slide-guide"]', 'the guided step');
      expect(await p.page.textContent('[data-testid="slide-guide"]')).toMatch(
        /What happened\? · 5 min · from 0:00 to 0:05/,
      );
      await p.page.locator('.projector').focus();
      for (
        let i = 0;
        i < 10 && (await p.page.locator('.projector [data-testid="shared-event"]').count()) === 0;
        i++
      )
        await p.page.keyboard.press('ArrowRight');
      const shared = p.page.locator('.projector [data-testid="shared-event"]');
      expect(await shared.locator('tbody tr').count()).toBe(3);
      expect(await shared.textContent()).toContain('Team B');
      expect(await p.page.textContent('[data-testid="slide-guide"]')).toMatch(/Why\?/);
      await p.page.screenshot({ path: join(RESULTS_DIR, `workshop-projector-shared-${size}.png`) });
      expect(p.problems()).toEqual([]);
      await p.close();
    });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ])
    it(`shows the gate's numbers and why a team was stuck at ${viewport.width}x${viewport.height}`, async () => {
      const size = `${viewport.width}x${viewport.height}`;
      const p = await h.openPage('index.html', { viewport });
      await waitScreen(p.page, 'title');
      await p.page.locator('#seed-input').fill('gate-numbers');
      await p.page.locator('#new-game').click();
      await waitScreen(p.page, 'briefing');
      await p.page.locator('label[data-testid="objective-retention"]').click();
      await p.page.locator('#start-game').click();
      await waitScreen(p.page, 'play', 1);
      // "now 30 / needs 55" beside each condition, as the sim's gate margins say.
      const start = playPlan(scenario, 'gate-numbers', plan('continuity-dialogue'));
      const ctx = contextOf(scenario, { ...start.game, objective: 'retention' });
      const s0 = start.initial;
      const margins = gateMargins(ctx, s0.phase, s0.vars, s0.dashboard, s0.moves)!;
      const trust = margins.find((m) => m.id === 'trust')!;
      const shown = await p.page.textContent('[data-testid="gate-numbers-trust"]');
      expect(shown).toContain(String(toPoints(trust.needs!)));
      expect(shown).toMatch(/now .+ \/ needs /);
      await p.page.locator('#gate').scrollIntoViewIfNeeded();
      await p.page.screenshot({ path: join(RESULTS_DIR, `workshop-gate-numbers-${size}.png`) });
      await p.close();

      // A team that stayed in the first phase: its debrief says which condition held it back.
      const f = await openMovedSession({ viewport });
      await f.page.click('#nav-collect');
      await f.page.locator('.team-item').nth(1).getByRole('button', { name: 'Debrief' }).click();
      await waitForSelector(f, '[data-testid="stuck"] li', 'why the team was stuck');
      expect(await f.page.locator('[data-testid="stuck"] li').first().textContent()).toMatch(
        /fell short in \d+ of \d+ quarters/,
      );
      // The section navigation is one row, and a heading it jumps to is not under it.
      const nav = f.page.locator('.debrief-nav');
      const navBox = await nav.boundingBox();
      expect(navBox!.height).toBeLessThan(70);
      await nav.getByRole('button', { name: 'Why you were stuck' }).click();
      await expect
        .poll(async () => (await f.page.locator('#debrief-stuck-h').boundingBox())!.y)
        .toBeGreaterThanOrEqual((await nav.boundingBox())!.y + navBox!.height - 1);
      await f.page.screenshot({ path: join(RESULTS_DIR, `workshop-stuck-${size}.png`) });
      expect(f.problems()).toEqual([]);
      await f.close();
    });
});
