// The SCORM 1.2 package, in a stand-in learning platform: a host page runs scorm-again (a well-kept SCORM
// runtime) as window.API, keeps what the course commits in its own storage the way a platform keeps it on
// its server, and shows the package's launch page in an iframe. The package is built and unzipped here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResultCode, platformScore, stateHash } from '../../src/sim';
import { SCORM12_SCHEMAS } from '../../tools/scorm-manifest';
import { validateScorm12Manifest } from '../fixtures/scorm12-validate';
import { PlanInPlay, playTurnByMouse, scenario, shownHash, waitScreen } from './game-driver';
import { launchChromium, openPageAt, type StaticServer, serveStatic } from './harness';

const ZIP = 'dist-scorm/social-journey-scorm12.zip';

// The platform: keeps the CMI data and every value the course sets in localStorage (its "server").
const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Stand-in platform</title>
<script src="scorm12.js"></script>
<script>
  // What the last attempt left: the course starts again where it was suspended (entry "resume").
  const kept = JSON.parse(localStorage.getItem('lms-cmi') || 'null')?.cmi;
  const api = new Scorm12API({ logLevel: 5 });
  if (kept) {
    const { exit, session_time, ...core } = kept.core;
    api.loadFromJSON({ ...kept, core: { ...core, entry: exit === 'suspend' ? 'resume' : '' } });
  }
  const log = (entry) => {
    const all = JSON.parse(localStorage.getItem('lms-log') || '[]');
    all.push(entry);
    localStorage.setItem('lms-log', JSON.stringify(all));
  };
  const keep = () => localStorage.setItem('lms-cmi', JSON.stringify(api.renderCMIToJSONObject()));
  api.on('LMSInitialize', () => log(['LMSInitialize']));
  api.on('LMSSetValue.cmi.*', (element, value) => log([element, value]));
  api.on('LMSCommit', () => { log(['LMSCommit']); keep(); });
  api.on('LMSFinish', () => { log(['LMSFinish']); keep(); });
  window.API = api;
</script></head>
<body style="margin:0"><iframe id="course" title="Social Journey" src="sco/index.html" style="width:1280px;height:720px;border:0"></iframe></body></html>
`;

let root: string;
let server: StaticServer;
let browser: Browser;
let zip: Record<string, Uint8Array>;

beforeAll(async () => {
  const built = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'tools/build-scorm.ts'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`npm run build:scorm failed (exit ${built.status})`);
  zip = unzipSync(readFileSync(ZIP));
  root = mkdtempSync(join(tmpdir(), 'sj-lms-'));
  for (const [name, bytes] of Object.entries(zip)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(root, 'sco', name)), { recursive: true });
    writeFileSync(join(root, 'sco', name), bytes);
  }
  copyFileSync('node_modules/scorm-again/dist/scorm12.js', join(root, 'scorm12.js'));
  writeFileSync(join(root, 'index.html'), HOST);
  server = await serveStatic(root);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

type LogEntry = [string, string?];
const lmsLog = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('lms-log') || '[]') as [string, string?][]);
/** The last value the course set for an element, as the platform recorded it. */
const lastSet = (log: LogEntry[], element: string) => log.filter((e) => e[0] === element).at(-1)?.[1];
const lmsValue = (page: Page, element: string) =>
  page.evaluate(
    (el) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(el),
    element,
  );

async function course(page: Page): Promise<Page> {
  await page.locator('#course').waitFor();
  const frame = page.frame({ url: /\/sco\/index\.html/ });
  if (!frame) throw new Error('the course frame did not load');
  // The game driver's helpers only use locator() and evaluate(), which a frame has too.
  return frame as Frame as unknown as Page;
}

describe('SCORM 1.2 package', () => {
  it('has imsmanifest.xml at the root of the zip, with one SCO, valid for SCORM 1.2', async () => {
    const names = Object.keys(zip);
    expect(names).toContain('imsmanifest.xml');
    expect(names).toContain('index.html');
    const manifest = new TextDecoder().decode(zip['imsmanifest.xml']);
    // Against the official schemas, which the package carries beside its manifest (unchanged copies).
    for (const xsd of SCORM12_SCHEMAS) {
      expect(Buffer.from(zip[xsd]!).equals(readFileSync(`tools/scorm12-xsd/${xsd}`))).toBe(true);
    }
    expect(validateScorm12Manifest(manifest, join(root, 'sco'))).toEqual({ valid: true, errors: [] });
    const p = await openPageAt(browser, server.origin, 'sco/index.html');
    // Parsed by the browser's XML parser, namespace-aware, then checked against the SCORM 1.2 content
    // packaging rules: the elements and attributes the schema requires, and every reference resolved.
    const checked = await p.page.evaluate((xml) => {
      const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
      const ADL = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const one = (parent: Element | Document, name: string) => [...parent.getElementsByTagNameNS(CP, name)];
      const root = doc.documentElement;
      const ids = [...doc.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier'));
      const orgs = one(doc, 'organizations')[0]!;
      const items = one(doc, 'item');
      const resources = one(doc, 'resource');
      return {
        parseError: doc.getElementsByTagName('parsererror').length > 0,
        root: [root.namespaceURI, root.localName, Boolean(root.getAttribute('identifier'))],
        schema: one(doc, 'schema')[0]?.textContent,
        schemaversion: one(doc, 'schemaversion')[0]?.textContent,
        childOrder: [...root.children].map((c) => c.localName),
        uniqueIds: new Set(ids).size === ids.length,
        defaultOrg: one(orgs, 'organization').some(
          (o) => o.getAttribute('identifier') === orgs.getAttribute('default'),
        ),
        orgTitle: one(orgs, 'title')[0]?.textContent,
        itemsResolve: items.every((i) =>
          resources.some((r) => r.getAttribute('identifier') === i.getAttribute('identifierref')),
        ),
        scos: resources
          .filter((r) => r.getAttributeNS(ADL, 'scormtype') === 'sco')
          .map((r) => [r.getAttribute('type'), r.getAttribute('href')]),
        files: one(doc, 'file').map((f) => f.getAttribute('href')),
      };
    }, manifest);
    await p.close();
    expect(checked).toMatchObject({
      parseError: false,
      root: ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'manifest', true],
      schema: 'ADL SCORM',
      schemaversion: '1.2',
      childOrder: ['metadata', 'organizations', 'resources'],
      uniqueIds: true,
      defaultOrg: true,
      orgTitle: 'Social Journey',
      itemsResolve: true,
      scos: [['webcontent', 'index.html']],
    });
    // Every file of the package is listed, and every file listed is in the package (the manifest and
    // its schemas are the package's control files, not the SCO's).
    const control = new Set<string>(['imsmanifest.xml', ...SCORM12_SCHEMAS]);
    expect([...checked.files].sort()).toEqual(names.filter((n) => !control.has(n)).sort());
    // No service worker inside a platform: the platform serves the files.
    expect(names.some((n) => n.endsWith('sw.js'))).toBe(false);
  });

  it('reports to the platform, resumes from suspend data after a reload, and completes with its score', async () => {
    const p = await openPageAt(browser, server.origin, 'index.html', {
      viewport: { width: 1300, height: 760 },
    });
    const { page } = p;
    let game = await course(page);
    await waitScreen(game, 'title');
    let log = await lmsLog(page);
    expect(log[0]).toEqual(['LMSInitialize']);
    expect(lastSet(log, 'cmi.core.lesson_status')).toBe('incomplete');

    // Two quarters, then the learner closes the course (a reload of the platform's page).
    await game.locator('#seed-input').fill('lms-learner');
    await game.locator('#new-game').click();
    await waitScreen(game, 'briefing');
    await game.locator('label[data-testid="objective-retention"]').click();
    await game.locator('#start-game').click();
    const live = new PlanInPlay('continuity-dialogue', 'lms-learner', 'retention');
    const playQuarter = async () => {
      const turn = live.game.turns.length + 1;
      await waitScreen(game, 'play', turn);
      const d = live.next();
      await playTurnByMouse(game, d);
      await waitScreen(game, 'report', turn);
      live.play(d);
      expect(await shownHash(game)).toBe(stateHash(live.state));
      await game.locator('#next-quarter').click();
    };
    await playQuarter();
    await playQuarter();
    const suspend = await lmsValue(page, 'cmi.suspend_data');
    expect(suspend.length).toBeLessThanOrEqual(4096);
    expect(decodeResultCode(suspend, [scenario]).game.turns).toEqual(live.game.turns);
    expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');

    await page.reload({ waitUntil: 'load' });
    log = await lmsLog(page);
    const firstAttempt = log.slice(0, log.findIndex((e) => e[0] === 'LMSFinish') + 1);
    expect(lastSet(firstAttempt, 'cmi.core.exit')).toBe('suspend');
    expect(lastSet(firstAttempt, 'cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
    expect(firstAttempt.at(-1)).toEqual(['LMSFinish']);

    // Back in: the game opens where the learner left it, then plays to the end.
    game = await course(page);
    await waitScreen(game, 'play', 3);
    expect(await shownHash(game)).toBe(stateHash(live.state));
    while (!live.state.ending) await playQuarter();
    await waitScreen(game, 'end');
    // The end screen draws its QR code from a chunk of its own: let it arrive before leaving.
    await game.locator('[data-testid="code-qr"] svg').waitFor({ state: 'attached' });
    const score = platformScore(live.state);
    expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('completed');
    expect(await lmsValue(page, 'cmi.core.score.raw')).toBe(String(score));
    expect(await lmsValue(page, 'cmi.core.score.min')).toBe('0');
    expect(await lmsValue(page, 'cmi.core.score.max')).toBe('100');
    const final = await lmsValue(page, 'cmi.suspend_data');
    expect(final.length).toBeLessThanOrEqual(4096);
    expect(decodeResultCode(final, [scenario]).game.turns).toEqual(live.game.turns);

    // Closing a finished course: a normal exit, and the time of this second session.
    await page.reload({ waitUntil: 'load' });
    log = await lmsLog(page);
    const second = log.slice(log.findIndex((e) => e[0] === 'LMSFinish') + 1);
    const secondAttempt = second.slice(0, second.findIndex((e) => e[0] === 'LMSFinish') + 1);
    expect(lastSet(secondAttempt, 'cmi.core.exit')).toBe('');
    expect(lastSet(secondAttempt, 'cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
    expect(lastSet(secondAttempt, 'cmi.core.score.raw')).toBe(String(score));
    // Every element the course wrote is one of these, and the platform accepted each (no error logged).
    const written = new Set(log.filter((e) => e[0].startsWith('cmi.')).map((e) => e[0]));
    expect([...written].sort()).toEqual(
      [
        'cmi.core.exit',
        'cmi.core.lesson_status',
        'cmi.core.score.max',
        'cmi.core.score.min',
        'cmi.core.score.raw',
        'cmi.core.session_time',
        'cmi.suspend_data',
      ].sort(),
    );
    expect(
      await page.evaluate(() =>
        (window as unknown as { API: { LMSGetLastError(): string } }).API.LMSGetLastError(),
      ),
    ).toBe('0');
    expect(p.problems()).toEqual([]);
    await p.close();
  }, 300_000);
});
