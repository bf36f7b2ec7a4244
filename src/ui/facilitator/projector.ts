// Projector mode: large type, high contrast, one idea per screen, arrow keys (or the buttons) to step.
// The slides are built from the collected teams and the scenario's debrief prompts.
import type { StoreApi } from 'zustand/vanilla';
import { teamRow } from '../../analysis/compare';
import { referenceGames } from '../../analysis/reference-plans';
import { sessionSetup } from '../../analysis/session';
import { type TurningPoint, turningPoints } from '../../analysis/turning-points';
import { pick, t } from '../../i18n';
import { PHASE_IDS, type Scenario, toPoints } from '../../sim';
import type { FacilitatorState, TeamEntry } from '../../store/facilitator-store';
import { causeLabel } from '../causes';
import { lineChart } from '../debrief/chart';
import { turnLabels } from '../debrief/gps-view';
import { endingLabel, phaseLabel, planLabel } from '../debrief/labels';
import { STAGES } from '../debrief/prompts-view';
import { h } from '../dom';
import { points, signed } from '../format';
import { overlayChart } from './compare-panel';

interface Slide {
  title: string;
  body: () => HTMLElement | HTMLElement[];
}

function bigTurningPoint(scenario: Scenario, team: TeamEntry, p: TurningPoint): HTMLElement {
  return h(
    'div',
    { class: 'slide-point' },
    h(
      'p',
      { class: 'slide-big' },
      t('facilitator.projector.pointLine', {
        team: team.name,
        turn: p.turn,
        variable: t(`debrief.var.${p.variable}`),
        delta: signed(p.delta),
      }),
    ),
    h(
      'ul',
      { class: 'slide-list' },
      p.causes.map((c) => h('li', null, `${signed(c.delta)}  ${causeLabel(scenario, c.cause)}`)),
    ),
  );
}

export function slidesFor(s: FacilitatorState): Slide[] {
  const scenario = s.scenarios.find((x) => x.id === s.session.scenario) ?? s.teams[0]?.scenario;
  const slides: Slide[] = [];
  if (!scenario) return slides;
  slides.push({
    title: pick(scenario.title),
    body: () =>
      h(
        'div',
        null,
        h('p', { class: 'slide-big' }, t('facilitator.projector.seed', { seed: s.session.seed })),
        h('p', { class: 'slide-mid' }, t('facilitator.projector.teams', { count: s.teams.length })),
      ),
  });
  if (s.teams.length > 0) {
    const rows = s.teams.map((tm) => teamRow(tm.scenario, tm.name, tm.game, tm.replay));
    slides.push({
      title: t('facilitator.projector.whereTitle'),
      body: () =>
        h(
          'ul',
          { class: 'slide-counts' },
          PHASE_IDS.map((phase) => {
            const names = rows
              .filter((r) => r.phase === phase && r.ending !== 'cancelled' && r.ending !== 'community-lost')
              .map((r) => r.name);
            return h(
              'li',
              null,
              h('span', { class: 'slide-count' }, String(names.length)),
              ' ',
              phaseLabel(scenario, phase),
              h('div', { class: 'slide-names' }, names.join(', ')),
            );
          }),
          (['cancelled', 'community-lost'] as const).map((ending) => {
            const names = rows.filter((r) => r.ending === ending).map((r) => r.name);
            return names.length > 0
              ? h(
                  'li',
                  { class: 'bad' },
                  h('span', { class: 'slide-count' }, String(names.length)),
                  ' ',
                  endingLabel(ending),
                  h('div', { class: 'slide-names' }, names.join(', ')),
                )
              : null;
          }),
        ),
    });
    slides.push({ title: t('facilitator.compare.chart.trust'), body: () => overlayChart(s.teams, 'trust') });
    slides.push({ title: t('facilitator.compare.chart.buyIn'), body: () => overlayChart(s.teams, 'buyIn') });
    // The largest drop and the largest rise among all teams, with the model's causes.
    const all = s.teams.flatMap((team) =>
      turningPoints(team.replay, { count: 6, causes: 3 }).map((p) => ({ team, p })),
    );
    const drop = [...all].sort((a, b) => a.p.delta - b.p.delta)[0];
    const rise = [...all].sort((a, b) => b.p.delta - a.p.delta)[0];
    if (drop && drop.p.delta < 0)
      slides.push({
        title: t('facilitator.projector.dropTitle'),
        body: () => bigTurningPoint(drop.team.scenario, drop.team, drop.p),
      });
    if (rise && rise.p.delta > 0)
      slides.push({
        title: t('facilitator.projector.riseTitle'),
        body: () => bigTurningPoint(rise.team.scenario, rise.team, rise.p),
      });
  }
  slides.push({
    title: t('facilitator.projector.referenceTitle'),
    body: () => {
      const refs = referenceGames(scenario, s.session.seed, sessionSetup(s.session)).filter((r) =>
        ['continuity-dialogue', 'campaign-broadcast'].includes(r.id),
      );
      const length = Math.max(1, ...refs.map((r) => r.records.length)) + 1;
      return lineChart({
        title: t('facilitator.projector.referenceChart'),
        desc: t('debrief.reference.chartDesc'),
        xLabels: turnLabels(length),
        series: refs.map((r, i) => ({
          label: `${planLabel(r.id)}: ${points(r.final.vars.trust)}`,
          values: [r.initial, ...r.records.map((x) => x.state)].map((st) => toPoints(st.vars.trust)),
          tone: i,
          strong: true,
        })),
      });
    },
  });
  for (const stage of STAGES) {
    const prompts = scenario.debriefPrompts.filter((p) => p.stage === stage);
    slides.push({
      title: t(`debrief.stage.${stage}`),
      body: () =>
        h(
          'ul',
          { class: 'slide-list' },
          prompts.length > 0
            ? prompts.map((p) => h('li', null, pick(p.text)))
            : h('li', null, t(`debrief.stageHint.${stage}`)),
        ),
    });
  }
  return slides;
}

let current = 0;

export function projectorView(store: StoreApi<FacilitatorState>, s: FacilitatorState): HTMLElement {
  const slides = slidesFor(s);
  current = Math.min(current, Math.max(0, slides.length - 1));
  const stage = h('div', { class: 'slide', 'aria-live': 'polite' });
  const counter = h('span', { class: 'slide-counter' });
  const show = (i: number) => {
    current = Math.max(0, Math.min(slides.length - 1, i));
    const slide = slides[current];
    if (!slide) return;
    stage.replaceChildren(
      h('h2', { class: 'slide-title' }, slide.title),
      h('div', { class: 'slide-body' }, slide.body()),
    );
    counter.textContent = t('facilitator.projector.counter', { n: current + 1, total: slides.length });
  };
  const leave = () => store.getState().setView('compare');
  const root = h(
    'section',
    {
      class: 'projector',
      tabindex: -1,
      'aria-roledescription': t('facilitator.projector.role'),
      'aria-label': t('facilitator.projector.label'),
      'data-testid': 'projector',
      onkeydown: (e: KeyboardEvent) => {
        const next = ['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(e.key);
        const prev = ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key);
        if (next) show(current + 1);
        else if (prev) show(current - 1);
        else if (e.key === 'Home') show(0);
        else if (e.key === 'End') show(slides.length - 1);
        else if (e.key === 'Escape') leave();
        else return;
        e.preventDefault();
      },
    },
    stage,
    h(
      'nav',
      { class: 'slide-nav', 'aria-label': t('facilitator.projector.navLabel') },
      h(
        'button',
        { type: 'button', class: 'btn', id: 'slide-prev', onclick: () => show(current - 1) },
        t('facilitator.projector.prev'),
      ),
      counter,
      h(
        'button',
        { type: 'button', class: 'btn', id: 'slide-next', onclick: () => show(current + 1) },
        t('facilitator.projector.next'),
      ),
      h(
        'button',
        { type: 'button', class: 'btn', id: 'slide-exit', onclick: leave },
        t('facilitator.projector.exit'),
      ),
    ),
  );
  show(current);
  return root;
}
