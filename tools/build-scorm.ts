// npm run build:scorm: the game as a SCORM 1.2 package for learning platforms (Moodle, Canvas,
// 360Learning...): dist-scorm/social-journey-scorm12.zip, with imsmanifest.xml at the zip's root (some
// platforms refuse a folder in between) and the game page as its one SCO. See docs/lms.md.
// The SCORM 1.2 schema files go beside the manifest, as the specification asks of every package.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { SCORM12_SCHEMAS, scormManifest } from './scorm-manifest';

export const SCORM_DIR = resolve('dist-scorm');
export const SCORM_ZIP = join(SCORM_DIR, 'social-journey-scorm12.zip');
export const SCHEMA_DIR = resolve('tools/scorm12-xsd');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Builds the package; returns the zip's path. */
export async function buildScorm(): Promise<string> {
  const site = join(SCORM_DIR, 'package');
  rmSync(SCORM_DIR, { recursive: true, force: true });
  mkdirSync(SCORM_DIR, { recursive: true });
  await build({ mode: 'scorm', logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });
  const files = listFiles(site).map((f) => relative(site, f).split(sep).join('/'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const manifest = scormManifest({ version, title: 'Social Journey', files });
  writeFileSync(join(site, 'imsmanifest.xml'), manifest);
  const entries: Record<string, Uint8Array> = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
  for (const f of files) entries[f] = readFileSync(join(site, f));
  for (const xsd of SCORM12_SCHEMAS) {
    entries[xsd] = readFileSync(join(SCHEMA_DIR, xsd));
    writeFileSync(join(site, xsd), entries[xsd]);
  }
  writeFileSync(SCORM_ZIP, zipSync(entries, { level: 9 }));
  return SCORM_ZIP;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('tools/build-scorm.ts')) {
  const zip = await buildScorm();
  console.log(`${relative('.', zip)}: ${(statSync(zip).size / 1024).toFixed(0)} KB`);
}
