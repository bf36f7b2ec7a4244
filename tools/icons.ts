// npm run icons: renders the web app's PNG icons from public/icons/icon.svg in headless Chromium, so the
// PNGs (for browsers and platforms that want bitmaps) are always the drawing, pixel for pixel. Run it after
// changing the SVG and commit the PNGs with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/harness';

const SVG = 'public/icons/icon.svg';
const SIZES = [
  { file: 'public/icons/icon-192.png', size: 192 },
  { file: 'public/icons/icon-512.png', size: 512 },
  { file: 'public/icons/apple-touch-icon.png', size: 180 },
];

const svg = readFileSync(SVG, 'utf8');
const browser = await launchChromium();
try {
  for (const { file, size } of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(file, await page.screenshot({ type: 'png', omitBackground: false }));
    await page.close();
    console.log(`${file}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
