// Plain DOM for the device check: a heading, a table with one row per golden game, and a summary line.
// Rows carry data-match and data-hashes so the e2e test reads exactly what the page computed.
import { type Lang, t } from './texts';
import type { CheckResult } from './verify';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function header(app: HTMLElement, lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = `${t(lang, 'title')} · Social Journey`;
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const switcher = el('a', t(lang, 'otherLanguage'), { href: `?lang=${other}`, lang: other });
  app.replaceChildren(el('h1', t(lang, 'title')), el('p', undefined, {}));
  app.lastElementChild?.append(switcher);
}

function detail(lang: Lang, r: CheckResult): string {
  if (r.error !== null) return t(lang, 'replayFailed', { message: r.error });
  if (r.firstMismatch === null) return '';
  return r.firstMismatch === 0 ? t(lang, 'differsAtStart') : t(lang, 'differsAfter', { k: r.firstMismatch });
}

function summary(text: string, status: 'pass' | 'fail'): HTMLElement {
  return el('p', text, { 'data-testid': 'check-summary', 'data-status': status, role: 'status' });
}

export function renderCheck(app: HTMLElement, lang: Lang, results: CheckResult[]): void {
  header(app, lang);
  const n = results.length;
  const bad = results.filter((r) => !r.match).length;
  const table = el('table', undefined, { 'data-testid': 'check-table' });
  table.append(el('caption', t(lang, 'caption')));
  const head = el('tr');
  for (const key of ['game', 'turns', 'match'] as const)
    head.append(el('th', t(lang, key), { scope: 'col' }));
  table.append(el('thead'));
  table.tHead?.append(head);
  const body = el('tbody');
  for (const r of results) {
    const row = el('tr', undefined, {
      'data-testid': 'check-row',
      'data-game': r.name,
      'data-match': r.match ? 'yes' : 'no',
      'data-hashes': JSON.stringify(r.hashes),
    });
    const why = detail(lang, r);
    row.append(
      el('th', r.name, { scope: 'row' }),
      el('td', String(r.turns)),
      el('td', why ? `${t(lang, r.match ? 'yes' : 'no')}: ${why}` : t(lang, r.match ? 'yes' : 'no')),
    );
    body.append(row);
  }
  table.append(body);
  // An empty golden file must not read as a pass: nothing was checked.
  const status = n > 0 && bad === 0 ? 'pass' : 'fail';
  app.append(
    el('p', t(lang, 'intro', { n })),
    table,
    summary(n === 0 ? t(lang, 'noGames') : t(lang, status, { n, bad }), status),
    el('p', t(lang, 'browser', { agent: navigator.userAgent }), { class: 'agent' }),
  );
}

export function renderCrash(app: HTMLElement, lang: Lang, message: string): void {
  header(app, lang);
  app.append(summary(t(lang, 'crashed', { message }), 'fail'));
}
