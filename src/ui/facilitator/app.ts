// The facilitator's page: a header with the steps (prepare, collect, compare, report) and the language,
// and the current step below. Rebuilt from the store when what it shows changes; typing notes does not
// rebuild anything, and focus is put back where it was.
import './facilitator.css';
import type { StoreApi } from 'zustand/vanilla';
import { CSV_DIALECTS, type CsvDialectId, dialectForLanguage, toCsv } from '../../analysis/csv';
import { LANGUAGES, t } from '../../i18n';
import type { FacilitatorState, FacilitatorView } from '../../store/facilitator-store';
import { openDebrief } from '../debrief/debrief';
import { displayToggles } from '../design';
import { h } from '../dom';
import { collectFiles, collectPanel } from './collect-panel';
import { comparePanel } from './compare-panel';
import { downloadText, safeFileName } from './download';
import { sessionExport } from './export-json';
import { livePanel } from './live-board';
import { preparePanel } from './prepare-panel';
import { projectorView } from './projector';
import { reportPanel } from './report-panel';
import { staleTeams } from './stale-teams';

const STEPS: FacilitatorView[] = ['prepare', 'live', 'collect', 'compare', 'report'];

/** What a render depends on: everything but the notes being typed. */
function signature(s: FacilitatorState): string {
  return JSON.stringify([
    s.view,
    s.teamCode,
    s.sort,
    s.session,
    s.teams.map((tm) => [tm.code, tm.name, tm.mismatch]),
    s.refusals.length,
    s.stale.map((tm) => tm.code),
    s.lastCollect,
    s.storeProblem?.message ?? null,
    s.canSave,
    s.storageFull,
    s.otherTab,
    s.sessions.map((x) => `${x.id}:${x.updated}`),
    s.storagePersisted,
    s.csvDialect,
    s.anonymous,
    s.guided,
    s.language,
  ]);
}

export function mountFacilitator(root: HTMLElement, store: StoreApi<FacilitatorState>): () => void {
  const header = h('header', { class: 'fac-header' });
  const main = h('main', { id: 'fac-main', class: 'fac-main', tabindex: -1 });
  root.replaceChildren(h('div', { class: 'facilitator' }, header, main));
  let last = '';
  let lastView = '';

  const dialectOf = (s: FacilitatorState) => s.csvDialect ?? dialectForLanguage(s.language);
  const exportCsv = () => {
    const s = store.getState();
    const csv = toCsv(
      s.teams.map((tm) => ({ name: tm.name, game: tm.game, replay: tm.replay })),
      CSV_DIALECTS[dialectOf(s)],
    );
    downloadText(`social-journey-${safeFileName(s.session.seed)}.csv`, csv, 'text/csv;charset=utf-8');
  };
  const exportJson = () => {
    const s = store.getState();
    downloadText(
      `social-journey-${safeFileName(s.session.seed)}.json`,
      sessionExport(s.session, s.teams, s.notes),
      'application/json',
    );
  };

  const render = () => {
    const s = store.getState();
    const sig = signature(s);
    if (sig === last) return;
    const viewKey = `${s.view}/${s.teamCode}`;
    const viewChanged = viewKey !== lastView;
    lastView = viewKey;
    last = sig;
    const focused =
      document.activeElement instanceof HTMLElement && main.contains(document.activeElement)
        ? document.activeElement
        : null;
    const focusId = focused?.id ?? null;
    const caret =
      focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement
        ? [focused.selectionStart, focused.selectionEnd]
        : null;
    const scroll = window.scrollY;

    document.documentElement.lang = s.language;
    document.title = t('facilitator.pageTitle');
    const act = store.getState();
    header.replaceChildren(
      h('h1', { class: 'fac-title' }, t('facilitator.pageTitle')),
      h(
        'nav',
        { class: 'fac-steps', 'aria-label': t('facilitator.nav.label') },
        STEPS.map((step, i) =>
          h(
            'button',
            {
              type: 'button',
              id: `nav-${step}`,
              class: `btn step${s.view === step ? ' current' : ''}`,
              'aria-current': s.view === step ? 'step' : undefined,
              onclick: () => act.setView(step),
            },
            `${i + 1}. ${t(`facilitator.nav.${step}`)}`,
            step === 'collect' && s.teams.length > 0 ? ` (${s.teams.length})` : '',
          ),
        ),
      ),
      h(
        'div',
        { class: 'fac-tools' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'export-csv',
            disabled: s.teams.length === 0,
            onclick: exportCsv,
          },
          t('facilitator.export.csv'),
        ),
        h(
          'select',
          {
            id: 'csv-dialect',
            class: 'csv-dialect',
            'aria-label': t('facilitator.export.dialectLabel'),
            title: t('facilitator.export.dialectLabel'),
            onchange: (e: Event) => act.setCsvDialect((e.target as HTMLSelectElement).value as CsvDialectId),
          },
          (Object.keys(CSV_DIALECTS) as CsvDialectId[]).map((id) =>
            h('option', { value: id, selected: dialectOf(s) === id }, t(`facilitator.export.dialects.${id}`)),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'export-json',
            disabled: s.teams.length === 0,
            onclick: exportJson,
          },
          t('facilitator.export.json'),
        ),
        h('label', { class: 'btn', for: 'session-file', id: 'open-session' }, t('facilitator.export.open')),
        h('input', {
          id: 'session-file',
          type: 'file',
          class: 'sr-only',
          accept: '.json,application/json',
          onchange: (e: Event) => {
            const input = e.target as HTMLInputElement;
            void collectFiles(store, [...(input.files ?? [])]);
          },
        }),
        h(
          'button',
          { type: 'button', class: 'btn', id: 'open-projector', onclick: () => act.setView('projector') },
          t('facilitator.nav.projector'),
        ),
        h(
          'div',
          { class: 'lang', role: 'group', 'aria-label': t('facilitator.language') },
          LANGUAGES.map((lang) =>
            h(
              'button',
              {
                type: 'button',
                class: 'btn btn-small',
                id: `lang-${lang}`,
                lang,
                'aria-pressed': String(s.language === lang),
                onclick: () => act.setLanguage(lang),
              },
              lang.toUpperCase(),
            ),
          ),
        ),
        displayToggles(),
        h('a', { class: 'btn btn-small', href: 'index.html' }, t('facilitator.toGame')),
      ),
    );

    const banners: HTMLElement[] = [];
    if (s.storeProblem)
      banners.push(
        h(
          'div',
          { class: 'banner error-banner', role: 'alert', 'data-testid': 'store-problem' },
          h('p', null, t('facilitator.storeProblem', { message: s.storeProblem.message })),
          h(
            'details',
            null,
            h('summary', null, t('facilitator.storeRaw')),
            h('textarea', { readonly: true, rows: 4, class: 'raw' }, s.storeProblem.raw),
          ),
          h(
            'button',
            { type: 'button', class: 'btn', id: 'reset-store', onclick: () => act.resetStore() },
            t('facilitator.reset'),
          ),
        ),
      );
    if (s.otherTab)
      banners.push(
        h(
          'div',
          { class: 'banner warn-banner', role: 'alert', 'data-testid': 'other-tab' },
          h('p', null, t('facilitator.otherTab')),
          h(
            'button',
            { type: 'button', class: 'btn', id: 'reload-other-tab', onclick: () => location.reload() },
            t('facilitator.reloadOtherTab'),
          ),
        ),
      );
    if (s.stale.length > 0) banners.push(staleTeams(store, s));
    if (s.storagePersisted === false)
      banners.push(h('p', { class: 'hint', id: 'storage-hint' }, t('facilitator.notPersisted')));
    if (!s.canSave)
      banners.push(
        h(
          'p',
          { class: 'banner warn-banner', role: 'status', id: 'cannot-save' },
          t(s.storageFull ? 'facilitator.storageFull' : 'facilitator.cannotSave'),
        ),
      );

    let body: HTMLElement;
    try {
      body =
        s.view === 'prepare'
          ? preparePanel(store, s)
          : s.view === 'live'
            ? livePanel(store)
            : s.view === 'collect'
              ? collectPanel(store, s)
              : s.view === 'report'
                ? reportPanel(store, s)
                : s.view === 'projector'
                  ? projectorView(store, s)
                  : s.view === 'team'
                    ? teamView(store, s)
                    : comparePanel(store, s);
    } catch (e) {
      body = h(
        'p',
        { class: 'error', role: 'alert' },
        t('debrief.panelError'),
        ' ',
        String((e as Error)?.message ?? e),
      );
    }
    root.firstElementChild?.classList.toggle('projecting', s.view === 'projector');
    main.replaceChildren(...banners, body);

    if (viewChanged) {
      window.scrollTo(0, 0);
      const target = main.querySelector<HTMLElement>(
        s.view === 'projector' ? '.projector' : 'h2[tabindex="-1"]',
      );
      target?.focus({ preventScroll: true });
    } else {
      window.scrollTo(0, scroll);
      const again = focusId ? document.getElementById(focusId) : null;
      if (again) {
        again.focus({ preventScroll: true });
        if (
          caret &&
          (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement) &&
          again.type !== 'number'
        )
          again.setSelectionRange(caret[0] ?? null, caret[1] ?? null);
      }
    }
  };

  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    last = '';
  };
}

function teamView(store: StoreApi<FacilitatorState>, s: FacilitatorState): HTMLElement {
  const team = s.teams.find((tm) => tm.code === s.teamCode);
  const host = h('div', { class: 'team-debrief' });
  if (!team) {
    host.append(h('p', { class: 'notice' }, t('facilitator.teamGone')));
    return host;
  }
  openDebrief(host, {
    scenario: team.scenario,
    game: team.game,
    replay: team.replay,
    name: team.name,
    notes: team.notes,
    onNotesChange: (notes) => store.getState().setTeamNotes(team.code, notes),
    onClose: () => store.getState().setView('compare'),
  });
  return host;
}
