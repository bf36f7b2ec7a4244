// Issue 12 defect 11: a strict Content-Security-Policy, served as a header as well as the <meta> the build
// writes, on all three pages; each page does its real work under it (the world draws, zod checks a save
// and codes, the golden games replay) and not one violation is reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/csp';
import { encodeResultCode } from '../../src/sim';
import { planGame, playTurnByMouse, scenario, waitScreen } from './game-driver';
import { DIST_DIR, type OpenedPage, screenshot, waitForSelector } from './harness';
import { useHarness } from './use-harness';

const h = useHarness({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY });

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Opens a page that records every securitypolicyviolation event from its first script on. */
async function openWatched(path: string): Promise<OpenedPage> {
  return h.openPage(path, {
    beforeNavigate: async (page) => {
      await page.addInitScript({
        content: `window.__cspViolations = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber));`,
      });
    },
  });
}

async function expectClean(p: OpenedPage) {
  expect(await p.page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(p.problems()).toEqual([]);
}

describe('strict Content-Security-Policy', () => {
  it('is written into every built page and sent as a header', async () => {
    for (const page of ['index.html', 'facilitator.html', 'check.html']) {
      const html = readFileSync(join(DIST_DIR, page), 'utf8');
      const content = CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;');
      expect(html, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${content}"`);
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, page).not.toMatch(/<style|\sstyle="/);
    }
    const res = await fetch(h.url('index.html'));
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('the game draws its world, saves and plays a quarter with no violation', async () => {
    const p = await openWatched('index.html');
    const { page } = p;
    await waitScreen(page, 'title');
    await page.locator('#seed-input').fill('csp-1');
    await page.locator('#new-game').click();
    await waitScreen(page, 'briefing');
    const { game } = planGame('continuity-dialogue', 'csp-1');
    await page.locator(`label[data-testid="objective-${game.objective}"]`).click();
    await page.locator('#start-game').click();
    await waitScreen(page, 'play', 1);
    await playTurnByMouse(page, game.turns[0]!);
    await waitScreen(page, 'report');
    // The world is drawn (Phaser's data: textures load): a blank canvas would compress to almost nothing.
    const canvas = await page.locator('canvas').first().screenshot();
    expect(canvas.length).toBeGreaterThan(20_000);
    await screenshot(page, 'csp-game');
    await expectClean(p);
    await p.close();
  });

  it('the facilitator collects a code (zod, jitless) and shows its QR code with no violation', async () => {
    const code = encodeResultCode(scenario, planGame('campaign-broadcast', 'csp-2').game);
    const p = await openWatched('facilitator.html');
    await waitForSelector(p, '[data-testid="prepare"]', 'the prepare step');
    await p.page.click('#nav-collect');
    await waitForSelector(p, '#codes-input', 'the paste area');
    await p.page.fill('#codes-input', `Team CSP: ${code}`);
    await p.page.click('#codes-add');
    await waitForSelector(p, '[data-testid="team-list"]', 'the team list');
    await expectClean(p);
    await p.close();
  });

  it('the device check replays the golden games with no violation', async () => {
    const p = await openWatched('check.html');
    await p.page.getByTestId('check-summary').and(p.page.locator('[data-status="pass"]')).waitFor();
    await expectClean(p);
    await p.close();
  });
});
