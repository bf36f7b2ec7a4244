import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOR, parseHex, readPalette } from '../../src/game/palette';

const tokensCss = readFileSync('src/ui/design/tokens.css', 'utf8');

/** The custom properties declared in the rule whose selector list starts with `selector`. */
function declared(selector: string): Map<string, string> {
  const at = tokensCss.indexOf(`${selector}`);
  if (at < 0) throw new Error(`no rule for ${selector}`);
  const body = tokensCss.slice(tokensCss.indexOf('{', at) + 1, tokensCss.indexOf('}', at));
  return new Map([...body.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

describe('design tokens', () => {
  it('give the Phaser palette every colour it reads', () => {
    const world = declared(':root {');
    const missing = readPalette({ getPropertyValue: (name: string) => world.get(name) ?? '' });
    expect(missing).toEqual([]);
    expect(COLOR.ink).toBe(parseHex(world.get('--world-ink')!));
    expect(COLOR.brand).toBe(COLOR.teal);
  });

  it('parse colours as the canvas needs them', () => {
    expect(parseHex('#ffd166')).toBe(0xffd166);
    expect(parseHex(' #fff ')).toBe(0xffffff);
    expect(parseHex('rgb(1 2 3)')).toBeNull();
    expect(parseHex('')).toBeNull();
  });

  it('define the same colour tokens in the dark and the light theme', () => {
    const dark = [...declared(':root,\n[data-theme="dark"]').keys()].sort();
    const light = [...declared('[data-theme="light"] {').keys()].sort();
    expect(dark.length).toBeGreaterThan(20);
    expect(light).toEqual(dark);
  });

  it('are the only source of colour of the pages: no colour literal in any other stylesheet', () => {
    const literal = /#[0-9a-f]{3,8}\b|\brgba?\(\s*\d+[ ,]+\d+[ ,]+\d+\s*[,)]/i;
    const offenders = files('src', /\.css$/)
      .filter((f) => !f.endsWith('tokens.css'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
          .filter(({ line }) => literal.test(line))
          .map(({ at, line }) => `${at} ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('leave one button and one screen-reader-only rule in all the stylesheets', () => {
    const count = (rule: RegExp) =>
      files('src', /\.css$/).reduce((n, f) => n + (readFileSync(f, 'utf8').match(rule)?.length ?? 0), 0);
    expect(count(/^\.sr-only \{/gm)).toBe(1);
    expect(count(/^\.btn \{/gm)).toBe(1);
    expect(count(/^\.card \{/gm)).toBe(1);
  });
});
