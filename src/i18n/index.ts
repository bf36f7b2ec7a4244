// Every user-facing string by key, in English and French. Keys are dotted paths into the nested catalogs
// ("play.confirm"); {name} placeholders are filled from params. Scenario texts carry their own {en, fr}.
// This module holds no language of its own: a page's language is the state of the store that owns the
// page (the game's, the facilitator's), changed only by that store's action. The page's entry points this
// module at its store once (takeLanguageFrom), and every lookup without an explicit language reads it there.
import en from './en.json';
import fr from './fr.json';
import type { Lang } from './languages';

export { detectLanguage, isLang, LANGUAGES, type Lang } from './languages';
export type Params = Record<string, string | number>;

type Catalog = { [key: string]: string | Catalog };
const catalogs: Record<Lang, Catalog> = { en, fr };

/** What owns a page's language: a store whose state has it (the game store, the facilitator store). */
export interface LanguageOwner {
  getState(): { language: Lang };
}

let owner: LanguageOwner | null = null;

/**
 * Makes `store` the owner of this page's language: texts are then looked up in the language its state
 * holds. One owner per page: a second one is refused (two stores could disagree). Returns the release,
 * for a page torn down (hot reload) or a test.
 */
export function takeLanguageFrom(store: LanguageOwner): () => void {
  if (owner !== null && owner !== store) throw new Error('This page already takes its language from a store');
  owner = store;
  return () => {
    if (owner === store) owner = null;
  };
}

/** The page's language, read from the store that owns it (English before a page has one, as when it crashed early). */
export function getLanguage(): Lang {
  return owner?.getState().language ?? 'en';
}

function lookupKey(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function hasKey(key: string, lang: Lang = getLanguage()): boolean {
  return lookupKey(catalogs[lang], key) !== undefined;
}

/** The message for a key in the page's language (or `lang`); a missing key shows itself, so it is easy to spot. */
export function t(key: string, params?: Params, lang: Lang = getLanguage()): string {
  const message = lookupKey(catalogs[lang], key) ?? lookupKey(catalogs.en, key) ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * A message that depends on a number ("1 quarter", "2 quarters"; French counts 0 and 1 as singular): the
 * key holds "one" and "other" forms, picked by the language's plural rules; `count` is also a placeholder.
 */
export function tn(key: string, count: number, params: Params = {}, lang: Lang = getLanguage()): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { count, ...params }, lang);
}

/** A scenario text in the page's language (or `lang`). */
export function pick(text: { en: string; fr: string }, lang: Lang = getLanguage()): string {
  return text[lang];
}

/** Numbers as people read them in the page's language (or `lang`; French: 42,5). */
// Building a NumberFormat costs far more than using one, and a panel formats dozens of numbers.
const formats = new Map<string, Intl.NumberFormat>();

export function num(value: number, digits = 0, lang: Lang = getLanguage()): string {
  const key = `${lang}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format.format(value);
}

/** Lookups in one language, for code that reads the language from its own store (the Phaser scenes). */
export interface Texts {
  readonly lang: Lang;
  t(key: string, params?: Params): string;
  pick(text: { en: string; fr: string }): string;
}

export function textsIn(lang: Lang): Texts {
  return { lang, t: (key, params) => t(key, params, lang), pick: (text) => pick(text, lang) };
}

/** Every key of a catalog, for the completeness test. */
export function flattenKeys(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(catalog)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flattenKeys(v, key)) out.set(kk, vv);
  }
  return out;
}

export function catalog(lang: Lang): Catalog {
  return catalogs[lang];
}
