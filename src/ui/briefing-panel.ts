// The briefing: who the brand is, where it stands, the one question asked once (why are we on social
// media?), and what the journey looks like.
import type { StoreApi } from 'zustand/vanilla';
import { pick, t } from '../i18n';
import type { GameStore } from '../store/game-store';
import { h } from './dom';

export function briefingPanel(store: StoreApi<GameStore>, s: GameStore): HTMLElement {
  const act = () => store.getState();
  const sc = s.scenario;
  const kpiName = (id: string) => {
    const k = sc.measure.kpis.find((x) => x.id === id);
    return k ? pick(k.label) : id;
  };
  return h(
    'section',
    {
      class: 'screen screen-briefing',
      'aria-labelledby': 'screen-heading',
      'data-testid': 'screen-briefing',
    },
    h('p', { class: 'eyebrow' }, t('briefing.eyebrow', { seed: s.seed })),
    h('h1', { id: 'screen-heading', tabindex: -1 }, sc.brand.name),
    h('p', { class: 'lead' }, pick(sc.brand.sector)),
    h(
      'div',
      { class: 'card' },
      h('h2', { class: 'card-title' }, t('briefing.situation')),
      h('p', null, pick(sc.brand.situation)),
    ),
    h(
      'form',
      {
        class: 'stack',
        novalidate: true,
        onsubmit: (e: Event) => {
          e.preventDefault();
          act().startGame();
        },
      },
      h(
        'fieldset',
        { class: 'choices', id: 'objective-group', 'aria-describedby': 'objective-hint' },
        h('legend', null, t('briefing.objective')),
        h('p', { id: 'objective-hint', class: 'hint' }, t('briefing.objectiveHint')),
        sc.objectives.map((o) =>
          h(
            'label',
            { class: 'choice', 'data-testid': `objective-${o.id}` },
            h('input', {
              type: 'radio',
              name: 'objective',
              id: `objective-${o.id}`,
              value: o.id,
              checked: s.objective === o.id,
              onchange: () => act().chooseObjective(o.id),
            }),
            h(
              'span',
              { class: 'choice-body' },
              h('span', { class: 'choice-title' }, pick(o.label)),
              h('span', { class: 'choice-hint' }, pick(o.hint)),
              h(
                'span',
                { class: 'choice-meta' },
                o.alignedKpis.length > 0
                  ? t('briefing.shownBy', { kpis: o.alignedKpis.map(kpiName).join(', ') })
                  : t('briefing.shownByNone'),
              ),
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: 'card' },
        h('h2', { class: 'card-title' }, t('briefing.journey')),
        h(
          'ol',
          { class: 'phase-list' },
          sc.phases.map((p, i) =>
            h(
              'li',
              null,
              h('strong', null, t('briefing.phaseName', { n: i + 1, name: pick(p.label) })),
              ' ',
              pick(p.text),
            ),
          ),
        ),
        h('p', null, t('briefing.gates')),
      ),
      h(
        'div',
        { class: 'card' },
        h('h2', { class: 'card-title' }, t('briefing.eachQuarter', { turns: sc.turns })),
        h(
          'ul',
          { class: 'plain-list' },
          ['approach', 'voice', 'governance', 'measure', 'moves', 'event'].map((k) =>
            h('li', null, t(`briefing.decide.${k}`)),
          ),
        ),
      ),
      h(
        'div',
        { class: 'row actions' },
        h(
          'button',
          { id: 'back-to-title', type: 'button', class: 'btn', onclick: () => act().toTitle() },
          t('briefing.back'),
        ),
        h(
          'button',
          {
            id: 'start-game',
            type: 'submit',
            class: 'btn btn-primary btn-big',
            'aria-describedby': s.objective ? undefined : 'objective-hint',
          },
          t('briefing.start'),
        ),
      ),
    ),
  );
}
