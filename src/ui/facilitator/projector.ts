// Projector mode: large type, high contrast, one idea per screen, arrow keys (or the buttons) to step.
// The slides are built from the collected teams and the scenario's debrief prompts: a join slide with the
// session's QR code, where the teams ended, their curves (told apart by marker and dash as well as colour),
// the same event answered differently, the biggest drop and rise, the reference plans and the prompts.
// Names can be hidden ("Team A", "Team B"...), and a guided debrief of 45, 90 or 120 minutes orders and
// times the slides by the four stages of a debrief.
import type { StoreApi } from 'zustand/vanilla';
import { teamRow } from '../../analysis/compare';
import {
  type DebriefStage,
  GUIDED_LENGTHS,
  type GuidedLength,
  guidedPlan,
  type SlideKind,
} from '../../analysis/guided-debrief';
import { referenceGames } from '../../analysis/reference-plans';
import { sessionLink, sessionSetup } from '../../analysis/session';
import { sharedEvents } from '../../analysis/shared-events';
import { type TurningPoint, turningPoints } from '../../analysis/turning-points';
import { pick, t } from '../../i18n';
import { PHASE_IDS, type Scenario, toPoints } from '../../sim';
import type { FacilitatorState, TeamEntry } from '../../store/facilitator-store';
import { causeLabel } from '../causes';
import { lineChart } from '../debrief/chart';
import { turnLabels } from '../debrief/gps-view';
import { endingLabel, phaseLabel, planLabel } from '../debrief/labels';
import { h } from '../dom';
import { points, signed } from '../format';
import { qrSvg } from '../qr';
import { overlayChart } from './compare-panel';
import { gameUrl } from './prepare-panel';
import { sharedEventTable } from './shared-events-view';

type SlideId = SlideKind | 'join';

interface Slide {
  kind: SlideId;
  title: string;
  body: () => HTMLElement | HTMLElement[];
}

/** "Team A", "Team B"... "Team AA": names a room can see without knowing who was who. */
export function anonymousName(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return t('facilitator.projector.anonName', { letter: letters });
}

/** The teams as the room sees them: their names, or anonymous ones. */
export function shownTeams(s: Pick<FacilitatorState, 'teams' | 'anonymous'>): TeamEntry[] {
  return s.anonymous ? s.teams.map((tm, i) => ({ ...tm, name: anonymousName(i) })) : [...s.teams];
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
  const teams = shownTeams(s);
  const link = sessionLink(gameUrl(), s.session);
  slides.push({
    kind: 'join',
    title: t('facilitator.projector.joinTitle', { title: pick(scenario.title) }),
    body: () =>
      h(
        'div',
        { class: 'join', 'data-testid': 'join-slide' },
        qrSvg(link, t('facilitator.prepare.qrLabel')),
        h(
          'div',
          null,
          h('p', { class: 'slide-big' }, t('facilitator.projector.joinScan')),
          h('p', { class: 'slide-mid' }, t('facilitator.projector.seed', { seed: s.session.seed })),
          h('p', { class: 'join-link' }, link),
          h('p', { class: 'slide-mid' }, t('facilitator.projector.teams', { count: teams.length })),
        ),
      ),
  });
  if (teams.length > 0) {
    const rows = teams.map((tm) => teamRow(tm.scenario, tm.name, tm.game, tm.replay));
    slides.push({
      kind: 'where',
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
    slides.push({
      kind: 'trust',
      title: t('facilitator.compare.chart.trust'),
      body: () => overlayChart(teams, 'trust', 'projector-trust'),
    });
    slides.push({
      kind: 'buyIn',
      title: t('facilitator.compare.chart.buyIn'),
      body: () => overlayChart(teams, 'buyIn', 'projector-buyin'),
    });
    const shared = sharedEvents(teams, s.session.fixedEvents);
    if (shared.length > 0)
      slides.push({
        kind: 'shared',
        title: t('facilitator.shared.title'),
        body: () =>
          h(
            'div',
            { class: 'slide-shared' },
            shared.map((ev) => sharedEventTable(scenario, ev)),
          ),
      });
    // The largest drop and the largest rise among all teams, with the model's causes.
    const all = teams.flatMap((team) =>
      turningPoints(team.replay, { count: 6, causes: 3 }).map((p) => ({ team, p })),
    );
    const drop = [...all].sort((a, b) => a.p.delta - b.p.delta)[0];
    const rise = [...all].sort((a, b) => b.p.delta - a.p.delta)[0];
    if (drop && drop.p.delta < 0)
      slides.push({
        kind: 'drop',
        title: t('facilitator.projector.dropTitle'),
        body: () => bigTurningPoint(drop.team.scenario, drop.team, drop.p),
      });
    if (rise && rise.p.delta > 0)
      slides.push({
        kind: 'rise',
        title: t('facilitator.projector.riseTitle'),
        body: () => bigTurningPoint(rise.team.scenario, rise.team, rise.p),
      });
  }
  slides.push({
    kind: 'reference',
    title: t('facilitator.projector.referenceTitle'),
    body: () => {
      // The scenario's intended plan and its tempting one, listed first (src/analysis/reference-plans.ts).
      const refs = referenceGames(scenario, s.session.seed, sessionSetup(s.session)).slice(0, 2);
      const length = Math.max(1, ...refs.map((r) => r.records.length)) + 1;
      return lineChart({
        title: t('facilitator.projector.referenceChart'),
        desc: t('debrief.reference.chartDesc'),
        xLabels: turnLabels(length),
        series: refs.map((r, i) => ({
          label: `${planLabel(r.id)}: ${points(r.final.vars.trust)}`,
          values: [r.initial, ...r.records.map((x) => x.state)].map((st) => toPoints(st.vars.trust)),
          tone: i,
          identity: i,
          strong: true,
        })),
      });
    },
  });
  for (const stage of ['what', 'why', 'so-what', 'now-what'] as const) {
    const prompts = scenario.debriefPrompts.filter((p) => p.stage === stage);
    slides.push({
      kind: `prompts-${stage}`,
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

interface ShownSlide extends Slide {
  /** In a guided debrief: the stage, its minutes and when it starts. */
  guide?: { stage: DebriefStage; minutes: number; startsAt: number };
}

/** The slides in the order shown: all of them, or the guided debrief's timed sequence. */
export function sequenceFor(s: FacilitatorState): ShownSlide[] {
  const slides = slidesFor(s);
  if (s.guided === null) return slides;
  const byKind = new Map(slides.map((sl) => [sl.kind, sl]));
  const plan = guidedPlan(s.guided, new Set([...byKind.keys()].filter((k): k is SlideKind => k !== 'join')));
  return plan.map((step) => ({
    ...byKind.get(step.kind)!,
    guide: { stage: step.stage, minutes: step.minutes, startsAt: step.startsAt },
  }));
}

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

let current = 0;

export function projectorView(store: StoreApi<FacilitatorState>, s: FacilitatorState): HTMLElement {
  const slides = sequenceFor(s);
  current = Math.min(current, Math.max(0, slides.length - 1));
  const stage = h('div', { class: 'slide', 'aria-live': 'polite' });
  const counter = h('span', { class: 'slide-counter' });
  const show = (i: number) => {
    current = Math.max(0, Math.min(slides.length - 1, i));
    const slide = slides[current];
    if (!slide) return;
    const guide = slide.guide;
    const parts: (HTMLElement | null)[] = [
      guide
        ? h(
            'p',
            { class: 'slide-guide', 'data-testid': 'slide-guide' },
            h('strong', null, t(`debrief.stage.${guide.stage}`)),
            ' · ',
            t('facilitator.guided.timing', {
              minutes: guide.minutes,
              from: clock(guide.startsAt),
              to: clock(guide.startsAt + guide.minutes),
            }),
          )
        : null,
      h('h2', { class: 'slide-title' }, slide.title),
      h('div', { class: 'slide-body' }, slide.body()),
      guide ? h('p', { class: 'slide-hint' }, t(`debrief.stageHint.${guide.stage}`)) : null,
    ];
    stage.replaceChildren(...parts.filter((p) => p !== null));
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
        // Arrow keys in the plan menu choose a plan, not a slide.
        if ((e.target as HTMLElement).tagName === 'SELECT') return;
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
      h(
        'label',
        { class: 'slide-plan' },
        t('facilitator.guided.label'),
        ' ',
        h(
          'select',
          {
            id: 'guided-length',
            onchange: (e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              current = 0;
              store.getState().setGuided(value === '' ? null : (Number(value) as GuidedLength));
            },
          },
          h('option', { value: '', selected: s.guided === null }, t('facilitator.guided.free')),
          GUIDED_LENGTHS.map((m) =>
            h(
              'option',
              { value: String(m), selected: s.guided === m },
              t('facilitator.guided.minutes', { minutes: m }),
            ),
          ),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          id: 'slide-anonymous',
          'aria-pressed': String(s.anonymous),
          onclick: () => store.getState().setAnonymous(!store.getState().anonymous),
        },
        t('facilitator.projector.anonymous'),
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
