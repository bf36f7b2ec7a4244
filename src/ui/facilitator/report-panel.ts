// The printable debrief report: the session, the comparison table (every column, wrapped to the page) and
// charts, the answers to the events every team met; then one page per team with its result, true-against-
// seen charts, timeline, turning points, its answers to the shared events and the notes. The print
// stylesheet prints it in landscape and hides everything else, so "Save as PDF" gives a clean document.
import type { StoreApi } from 'zustand/vanilla';
import { sharedEvents } from '../../analysis/shared-events';
import { getLanguage, pick, t } from '../../i18n';
import type { FacilitatorState } from '../../store/facilitator-store';
import { gpsView } from '../debrief/gps-view';
import { endingLabel, eventTitle, objectiveLabel, phaseLabel } from '../debrief/labels';
import { timelineView } from '../debrief/timeline-view';
import { turningView } from '../debrief/turning-view';
import { h } from '../dom';
import { points } from '../format';
import { compareTable, overlayChart } from './compare-panel';
import { sharedEventTable } from './shared-events-view';

export function reportPanel(store: StoreApi<FacilitatorState>, s: FacilitatorState): HTMLElement {
  const scenario = s.scenarios.find((x) => x.id === s.session.scenario) ?? s.teams[0]?.scenario;
  const date = new Intl.DateTimeFormat(getLanguage(), { dateStyle: 'long' }).format(new Date());
  const shared = sharedEvents(s.teams, s.session.fixedEvents);
  const fixed = Object.entries(s.session.fixedEvents ?? {}).map(([turn, id]) =>
    t('facilitator.report.fixedItem', { turn, title: scenario ? eventTitle(scenario, id) : id }),
  );
  return h(
    'section',
    { class: 'fac-panel report', 'aria-labelledby': 'report-h', 'data-testid': 'report' },
    h(
      'div',
      { class: 'row toolbar no-print' },
      h(
        'button',
        { type: 'button', class: 'btn btn-primary', id: 'print-report', onclick: () => window.print() },
        t('facilitator.report.print'),
      ),
      h('p', { class: 'hint' }, t('facilitator.report.printHint')),
    ),
    h('h2', { id: 'report-h', tabindex: -1 }, t('facilitator.report.title')),
    h(
      'dl',
      { class: 'report-meta' },
      h('dt', null, t('facilitator.prepare.scenario')),
      h('dd', null, scenario ? pick(scenario.title) : s.session.scenario),
      h('dt', null, t('facilitator.prepare.seed')),
      h('dd', null, h('code', null, s.session.seed)),
      h('dt', null, t('facilitator.prepare.turns')),
      h('dd', null, String(s.session.turns ?? scenario?.turns ?? '')),
      fixed.length > 0
        ? [h('dt', null, t('facilitator.prepare.fixedTitle')), h('dd', null, fixed.join('; '))]
        : null,
      h('dt', null, t('facilitator.report.date')),
      h('dd', null, date),
      h('dt', null, t('facilitator.report.teams')),
      h('dd', null, String(s.teams.length)),
    ),
    s.teams.length === 0
      ? h('p', { class: 'notice' }, t('facilitator.compare.empty'))
      : h(
          'div',
          { class: 'report-body' },
          compareTable(s.teams, 'score'),
          h('div', { class: 'chart-pair' }, overlayChart(s.teams, 'trust'), overlayChart(s.teams, 'buyIn')),
          shared.length > 0 && scenario
            ? h(
                'div',
                { class: 'report-shared' },
                h('h3', null, t('facilitator.shared.title')),
                shared.map((ev) => sharedEventTable(scenario, ev)),
              )
            : null,
          s.notes
            ? h(
                'div',
                { class: 'report-notes' },
                h('h3', null, t('facilitator.report.sessionNotes')),
                h('p', { class: 'pre' }, s.notes),
              )
            : null,
          s.teams.map((team) => {
            const f = team.replay.final;
            return h(
              'article',
              { class: 'report-team', 'data-testid': 'report-team' },
              h('h3', null, team.name),
              h(
                'p',
                null,
                t('facilitator.report.teamLine', {
                  ending: endingLabel(f.ending),
                  phase: phaseLabel(team.scenario, f.phase),
                  trust: points(f.vars.trust, 1),
                  buyIn: points(f.vars.buyIn, 1),
                  objective: objectiveLabel(team.scenario, team.game.objective),
                }),
              ),
              h('h4', null, t('debrief.section.gps')),
              gpsView(team.scenario, team.replay),
              h('h4', null, t('debrief.section.timeline')),
              timelineView(team.scenario, team.replay),
              h('h4', null, t('debrief.section.turning')),
              turningView(team.scenario, team.replay),
              shared.length > 0
                ? [
                    h('h4', null, t('facilitator.shared.teamTitle')),
                    ...shared.map((ev) => sharedEventTable(team.scenario, ev, team.name)),
                  ]
                : null,
              team.notes
                ? [h('h4', null, t('debrief.prompts.notes')), h('p', { class: 'pre' }, team.notes)]
                : null,
            );
          }),
        ),
    h(
      'div',
      { class: 'field notes no-print' },
      h('label', { for: 'session-notes' }, t('facilitator.report.sessionNotes')),
      (() => {
        const area = h('textarea', {
          id: 'session-notes',
          rows: 4,
          oninput: (e: Event) => store.getState().setNotes((e.target as HTMLTextAreaElement).value),
        });
        area.value = s.notes;
        return area;
      })(),
    ),
  );
}
