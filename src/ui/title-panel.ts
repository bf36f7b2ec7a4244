// The title screen: scenario, seed (typed or drawn, shown big so a facilitator can read it out), new
// game, the games stored in this browser (game-list.ts), open a team's result code, and the way to the
// facilitator's view.
import type { StoreApi } from 'zustand/vanilla';
import { pick, t, tn } from '../i18n';
import type { GameStore } from '../store/game-store';
import { h } from './dom';
import { gameListCard } from './game-list';
import { roomJoinCard } from './room/join-card';
import { scenarioDropTarget, scenarioFileZone } from './scenario-file-zone';
import { scenarioPicker } from './scenario-picker';

export function titlePanel(store: StoreApi<GameStore>, s: GameStore): HTMLElement {
  const act = () => store.getState();
  const openFile = (file: File) => void act().openScenarioFile(file);
  return h(
    'section',
    {
      class: 'screen screen-title',
      'aria-labelledby': 'screen-heading',
      'data-testid': 'screen-title',
      // A scenario file dropped anywhere on the title screen is opened.
      ...(s.session ? {} : scenarioDropTarget(openFile)),
    },
    h('h1', { id: 'screen-heading', class: 'game-title', tabindex: -1 }, t('app.name')),
    h('p', { class: 'tagline' }, t('title.tagline')),
    // Invited by a join link: the room first; otherwise it waits below the solo game.
    s.room?.phase === 'invited' && roomJoinCard(store, s),
    h(
      'form',
      {
        id: 'new-game-form',
        class: 'card stack',
        novalidate: true,
        onsubmit: (e: Event) => {
          e.preventDefault();
          act().toBriefing();
        },
      },
      h('h2', { class: 'card-title' }, t('title.newHeading')),
      s.session && sessionNote(s),
      scenarioPicker({
        id: 'scenario-pick',
        legend: t('title.scenario'),
        scenarios: s.scenarios,
        selected: s.scenario.id,
        locked: s.session !== null,
        onSelect: (id) => act().selectScenario(id),
      }),
      !s.session &&
        scenarioFileZone({
          id: 'scenario-file',
          problems: s.scenarioFile,
          open: openFile,
          dismiss: () => act().dismissScenarioFile(),
        }),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'seed-input' }, t('title.seed')),
        h(
          'div',
          { class: 'row' },
          h('input', {
            id: 'seed-input',
            class: 'seed-input',
            type: 'text',
            value: s.seed,
            maxlength: 64,
            readonly: s.session !== null,
            autocomplete: 'off',
            spellcheck: 'false',
            'aria-describedby': 'seed-hint',
            oninput: (e: Event) => act().setSeed((e.target as HTMLInputElement).value),
          }),
          !s.session &&
            h(
              'button',
              { id: 'draw-seed', type: 'button', class: 'btn', onclick: () => act().drawSeed() },
              t('title.draw'),
            ),
        ),
        h('p', { id: 'seed-hint', class: 'hint' }, t('title.seedHint')),
      ),
      h('button', { id: 'new-game', type: 'submit', class: 'btn btn-primary btn-big' }, t('title.newGame')),
    ),
    gameListCard(store, s),
    s.room?.phase !== 'invited' && roomJoinCard(store, s),
    h(
      'details',
      { class: 'card', id: 'open-code' },
      h('summary', null, t('title.openCode')),
      h(
        'form',
        {
          class: 'stack',
          novalidate: true,
          onsubmit: (e: Event) => {
            e.preventDefault();
            const input = document.getElementById('code-input') as HTMLInputElement | null;
            if (input) act().loadResultCode(input.value);
          },
        },
        h('label', { for: 'code-input' }, t('title.codeLabel')),
        h('input', {
          id: 'code-input',
          type: 'text',
          autocomplete: 'off',
          spellcheck: 'false',
          placeholder: 'SJ3-…',
        }),
        h('button', { id: 'open-code-btn', type: 'submit', class: 'btn' }, t('title.codeOpen')),
      ),
    ),
    s.storageRefused !== null &&
      h('p', { class: 'warning', id: 'storage-refused', role: 'note' }, t('title.storageRefused')),
    s.storagePersisted === false &&
      s.storageRefused === null &&
      h('p', { class: 'hint', id: 'storage-hint' }, t('title.notPersisted')),
    h(
      'p',
      { class: 'hint facilitator-line' },
      t('title.facilitatorHint'),
      ' ',
      h('a', { id: 'facilitator-link', href: 'facilitator.html' }, t('title.facilitator')),
    ),
  );
}

/** What the facilitator's link fixed for every team: seed, length and events. */
function sessionNote(s: GameStore): HTMLElement {
  const session = s.session!;
  const events = Object.entries(session.fixedEvents ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([turn, id]) => {
      const event = s.scenario.events.find((e) => e.id === id);
      return t('title.sessionEvent', { turn, event: event ? pick(event.title) : id });
    });
  return h(
    'div',
    { class: 'session-note', 'data-testid': 'session-note', role: 'note' },
    h('strong', null, t('title.sessionHeading')),
    h('p', null, tn('title.sessionInfo', session.turns ?? s.scenario.turns, { seed: session.seed })),
    events.length > 0 && h('p', null, t('title.sessionEvents', { events: events.join(' · ') })),
  );
}
