// A page's language is the state of the store that owns the page: its action is the only writer, the i18n
// module only reads it, and a second store cannot take the page (two owners could disagree).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_KEY, textsOf } from '../../src/game/store-access';
import * as i18n from '../../src/i18n';
import { getLanguage, t, takeLanguageFrom } from '../../src/i18n';
import { parseScenarioText } from '../../src/sim';
import { createFacilitatorStore } from '../../src/store/facilitator-store';
import { createGameStore } from '../../src/store/game-store';
import { loadCodec } from '../../src/store/load-codec';
import { firstLanguage, type KeyValueStorage, LANGUAGE_KEY } from '../../src/store/persist';

const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

let releases: (() => void)[] = [];
const own = (store: Parameters<typeof takeLanguageFrom>[0]) => {
  releases.push(takeLanguageFrom(store));
};
afterEach(() => {
  for (const r of releases) r();
  releases = [];
});

describe("a page's language", () => {
  it('has no writer in the i18n module: it exports no setter', () => {
    const names = Object.keys(i18n);
    expect(names).not.toContain('setLanguage');
    expect(names.filter((n) => /^set/i.test(n))).toEqual([]);
  });

  it("follows the owning store's action, and only it", () => {
    const store = createGameStore({ scenarios: [scenario], language: 'en' });
    own(store);
    expect(getLanguage()).toBe('en');
    expect(t('play.quarterOf', { turn: 3, turns: 12 })).toBe('Quarter 3 of 12');
    store.getState().setLanguage('fr');
    expect(getLanguage()).toBe('fr');
    expect(t('play.quarterOf', { turn: 3, turns: 12 })).toBe('Trimestre 3 sur 12');
    // An explicit language is a lookup, not a change.
    expect(t('play.quarterOf', { turn: 3, turns: 12 }, 'en')).toBe('Quarter 3 of 12');
    expect(getLanguage()).toBe('fr');
  });

  it('has one owner: a second store can neither take the page nor change its texts', () => {
    const page = createGameStore({ scenarios: [scenario], language: 'fr' });
    const other = createGameStore({ scenarios: [scenario], language: 'en' });
    own(page);
    expect(() => takeLanguageFrom(other)).toThrow(/already/);
    other.getState().setLanguage('en');
    expect(getLanguage()).toBe('fr');
    // Taking it again from the same store is harmless (a page that mounts twice).
    expect(() => own(page)).not.toThrow();
  });

  it('is English before any store owns the page, and once the owner lets go', () => {
    const store = createGameStore({ scenarios: [scenario], language: 'fr' });
    const release = takeLanguageFrom(store);
    expect(getLanguage()).toBe('fr');
    release();
    expect(getLanguage()).toBe('en');
  });
});

describe('the Phaser scenes', () => {
  it("read the language of the store in their registry, whatever the page's owner", () => {
    const sceneStore = createGameStore({ scenarios: [scenario], language: 'fr' });
    const scene = { registry: { get: (key: string) => (key === STORE_KEY ? sceneStore : undefined) } };
    const texts = () => textsOf(scene as unknown as Parameters<typeof textsOf>[0]);
    expect(texts().lang).toBe('fr');
    expect(texts().t('world.management')).toBe('Direction');
    expect(texts().pick({ en: 'Shop', fr: 'Boutique' })).toBe('Boutique');
    sceneStore.getState().setLanguage('en');
    expect(texts().t('world.management')).toBe('Management');
  });
});

describe('the facilitator store', () => {
  it('holds its own language, remembers the choice, and names teams in it', async () => {
    await loadCodec();
    const settings = memoryStorage();
    const fac = createFacilitatorStore(
      [scenario],
      null,
      () => 1,
      (n, lang) => t('facilitator.teamN', { n }, lang),
      undefined,
      { first: 'en', settings },
    );
    own(fac);
    expect(fac.getState().language).toBe('en');
    fac.getState().setLanguage('fr');
    expect(fac.getState().language).toBe('fr');
    expect(getLanguage()).toBe('fr');
    expect(settings.data.get(LANGUAGE_KEY)).toBe('fr');
    // A team collected without a name gets the default one, in the page's language.
    const game = createGameStore({ scenarios: [scenario] });
    game.getState().startGame('lang-seed', scenario.objectives[0]!.id);
    const code = game.getState().resultCode();
    expect(code).not.toBeNull();
    fac.getState().collect([{ text: code!, name: null }], 'code');
    expect(fac.getState().teams[0]?.name).toBe('Équipe 1');
  });

  it('is a different owner from the game store: each page has its own', () => {
    const game = createGameStore({ scenarios: [scenario], language: 'en' });
    const fac = createFacilitatorStore([scenario], null, () => 1, undefined, undefined, { first: 'fr' });
    own(fac);
    game.getState().setLanguage('en');
    expect(getLanguage()).toBe('fr');
  });
});

describe("the page's first language", () => {
  it('is the one remembered, else the browser’s, even when storage is unreadable', () => {
    expect(firstLanguage(memoryStorage({ [LANGUAGE_KEY]: 'fr' }), ['en-US'])).toBe('fr');
    expect(firstLanguage(memoryStorage({ [LANGUAGE_KEY]: 'de' }), ['fr-CA'])).toBe('fr');
    expect(firstLanguage(null, ['de', 'en-GB'])).toBe('en');
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {},
    };
    expect(firstLanguage(blocked, ['fr'])).toBe('fr');
    // Not keeping the choice is harmless: the store still switches.
    const store = createGameStore({ scenarios: [scenario], settings: blocked, language: 'fr' });
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
  });
});

describe('the source', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  const sources = files('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('changes a language only through a store action', () => {
    const writers: string[] = [];
    for (const { path, text } of sources) {
      // Outside the two stores that define it, setLanguage is only called as a store's action
      // (store.getState().setLanguage, act.setLanguage); nothing sets `language` in a store directly.
      const store = /store[\\/](game|facilitator)-store\.ts$/.test(path);
      if (!store && /(^|[^.\w])setLanguage\(/m.test(text)) writers.push(`${path}: setLanguage(`);
      if (/setState\(\{[^}]*\blanguage\b/.test(text)) writers.push(`${path}: setState({ language })`);
    }
    expect(writers).toEqual([]);
  });

  it("is bound to a store once per page, by the page's entry", () => {
    const binders = sources
      .filter(({ path, text }) => !path.endsWith(join('i18n', 'index.ts')) && /takeLanguageFrom\(/.test(text))
      .map(({ path }) => path)
      .sort();
    expect(binders).toEqual([join('src', 'facilitator', 'main.ts'), join('src', 'main.ts')]);
  });
});
