// Prepare a session: scenario, seed (typed or drawn), number of turns, events fixed for everyone; then the
// link and QR code that open the game set up that way for every team.
import type { StoreApi } from 'zustand/vanilla';
import { sessionLink, sessionProblems } from '../../analysis/session';
import { pick, t, tn } from '../../i18n';
import type { FacilitatorState } from '../../store/facilitator-store';
import { copyText } from '../clipboard';
import { h } from '../dom';
import { qrSvg } from '../qr';
import { scenarioFileZone } from '../scenario-file-zone';
import { scenarioPicker } from '../scenario-picker';
import { sessionList } from './session-list';

export function gameUrl(): string {
  return new URL('index.html', window.location.href).href;
}

export function preparePanel(store: StoreApi<FacilitatorState>, s: FacilitatorState): HTMLElement {
  const act = () => store.getState();
  const scenario = s.scenarios.find((x) => x.id === s.session.scenario);
  const problems = sessionProblems(s.session, scenario);
  const turns = s.session.turns ?? scenario?.turns ?? 12;
  const link = problems.length === 0 ? sessionLink(gameUrl(), s.session) : '';
  const status = h('span', { class: 'hint', role: 'status', id: 'copy-link-status' });

  const fixedRows = Array.from({ length: turns }, (_, i) => {
    const turn = i + 1;
    const current = s.session.fixedEvents?.[String(turn)] ?? '';
    return h(
      'tr',
      null,
      h('th', { scope: 'row' }, t('debrief.turnShort', { turn })),
      h(
        'td',
        null,
        h(
          'select',
          {
            id: `fixed-${turn}`,
            'aria-label': t('facilitator.prepare.fixedFor', { turn }),
            onchange: (e: Event) => act().setFixedEvent(turn, (e.target as HTMLSelectElement).value || null),
          },
          h('option', { value: '', selected: current === '' }, t('facilitator.prepare.drawn')),
          (scenario?.events ?? []).map((ev) =>
            h('option', { value: ev.id, selected: ev.id === current }, pick(ev.title)),
          ),
        ),
      ),
    );
  });

  return h(
    'section',
    { class: 'fac-panel prepare', 'aria-labelledby': 'prepare-h', 'data-testid': 'prepare' },
    h('h2', { id: 'prepare-h', tabindex: -1 }, t('facilitator.prepare.title')),
    h('p', { class: 'hint' }, t('facilitator.prepare.intro')),
    h(
      'div',
      { class: 'prepare-grid' },
      h(
        'div',
        { class: 'card' },
        scenarioPicker({
          id: 'session-scenario',
          legend: t('facilitator.prepare.scenario'),
          scenarios: s.scenarios,
          selected: s.session.scenario,
          onSelect: (id) => act().setSession({ scenario: id, fixedEvents: undefined }),
        }),
        scenarioFileZone({
          id: 'session-scenario-file',
          problems: s.scenarioFile,
          dropHere: true,
          open: (file) => void act().openScenarioFile(file),
          dismiss: () => act().dismissScenarioFile(),
        }),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'session-seed' }, t('facilitator.prepare.seed')),
          h(
            'div',
            { class: 'row' },
            h('input', {
              id: 'session-seed',
              class: 'seed',
              type: 'text',
              value: s.seedInput,
              maxlength: 64,
              autocomplete: 'off',
              spellcheck: 'false',
              oninput: (e: Event) => act().setSession({ seed: (e.target as HTMLInputElement).value }),
            }),
            h(
              'button',
              {
                id: 'session-draw',
                type: 'button',
                class: 'btn',
                onclick: () => act().drawSeed(crypto.getRandomValues(new Uint32Array(1))[0]!),
              },
              t('facilitator.prepare.draw'),
            ),
          ),
          h('p', { class: 'hint' }, t('facilitator.prepare.seedHint')),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'session-turns' }, t('facilitator.prepare.turns')),
          h('input', {
            id: 'session-turns',
            type: 'number',
            min: 1,
            max: 24,
            step: 1,
            value: String(turns),
            onchange: (e: Event) => {
              const n = Number((e.target as HTMLInputElement).value);
              if (!Number.isInteger(n) || n < 1 || n > 24) return;
              act().setSession({ turns: scenario && n === scenario.turns ? undefined : n });
            },
          }),
          h('p', { class: 'hint' }, tn('facilitator.prepare.turnsHint', scenario?.turns ?? 12)),
        ),
      ),
      h(
        'div',
        { class: 'card' },
        h('h3', null, t('facilitator.prepare.fixedTitle')),
        h('p', { class: 'hint' }, t('facilitator.prepare.fixedHint')),
        h(
          'div',
          { class: 'table-scroll fixed-table' },
          h('table', { class: 'data-table compact' }, h('tbody', null, fixedRows)),
        ),
      ),
      h(
        'div',
        { class: 'card link-card' },
        h('h3', null, t('facilitator.prepare.linkTitle')),
        problems.length > 0
          ? h(
              'ul',
              { class: 'error', role: 'alert' },
              problems.map((p) => h('li', null, p)),
            )
          : h(
              'div',
              null,
              h('p', { class: 'hint' }, t('facilitator.prepare.linkHint')),
              h('input', {
                id: 'session-link',
                type: 'text',
                readonly: true,
                value: link,
                'aria-label': t('facilitator.prepare.linkTitle'),
              }),
              h(
                'div',
                { class: 'row' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn',
                    id: 'copy-link',
                    onclick: async () => {
                      status.textContent = (await copyText(link))
                        ? t('facilitator.copied')
                        : t('facilitator.copyFailed');
                    },
                  },
                  t('facilitator.prepare.copy'),
                ),
                h(
                  'a',
                  { class: 'btn', href: link, target: '_blank', rel: 'noopener', id: 'open-link' },
                  t('facilitator.prepare.open'),
                ),
                status,
              ),
              h(
                'figure',
                { class: 'qr-figure', 'data-testid': 'session-qr' },
                qrSvg(link, t('facilitator.prepare.qrLabel')),
                h(
                  'figcaption',
                  { class: 'hint' },
                  t('facilitator.prepare.qrCaption', { seed: s.session.seed }),
                ),
              ),
            ),
      ),
    ),
    sessionList(store, s),
  );
}
