// The built game in real headless Chromium: it loads, uses WebGL, logs no error, and never leaves its origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, screenshot, startHarness, waitForSelector } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('platform', () => {
  it('Chromium gives WebGL through SwiftShader', async () => {
    const p = await h.openPage('check.html');
    const gl = await p.page.evaluate(() => {
      const c = document.createElement('canvas');
      const ctx = c.getContext('webgl2') ?? c.getContext('webgl');
      return ctx ? ctx.getParameter(ctx.VERSION) : null;
    });
    expect(gl, 'no WebGL context in headless Chromium: check the launch flags').toMatch(/WebGL/);
    await p.close();
  });

  for (const page of ['index.html', 'facilitator.html', 'check.html']) {
    it(`${page} loads with no console error and no off-origin request`, async () => {
      const p = await h.openPage(page);
      await waitForSelector(p, '#app', `the #app element of ${page}`);
      await p.page.waitForLoadState('networkidle');
      await screenshot(p.page, `platform-${page.replace('.html', '')}`);
      expect(p.problems()).toEqual([]);
      await p.close();
    });
  }
});
