// The facilitator's Live tab: open a room with the session, show the join slide (QR code and room code),
// set the pace (hold at a quarter and release, countdown, pause, reveal an event, close), and one card per
// team updated as it plays: name, quarter, status, phase, trust and buy-in as the model has them, last
// event and answer. Sortable; anonymised for the projector. Drawn from the live store and patched in place.
import type { StoreApi } from 'zustand/vanilla';
import { pick, t, tn } from '../../i18n';
import type { ControlAction, TeamInfo } from '../../room/protocol';
import { showRoomCode } from '../../room/room-code';
import { roomLock } from '../../room/view';
import type { Scenario } from '../../sim';
import type { FacilitatorState } from '../../store/facilitator-store';
import './live-board.css';
import { h } from '../dom';
import { points } from '../format';
import { morphChildren } from '../morph';
import { qrSvg } from '../qr';
import { replayOnce } from './live-replay';
import { type LiveSort, type LiveState, liveStore } from './live-store';

const host = h('div', { class: 'live-host' });
let facilitator: StoreApi<FacilitatorState> | null = null;
let subscribed = false;

const client = () => import('./live-client');
const send = (action: ControlAction) => client().then((m) => m.control(action));

/** The Live tab's element: always the same one, patched whenever the room changes. */
export function livePanel(store: StoreApi<FacilitatorState>): HTMLElement {
  facilitator = store;
  if (!subscribed) {
    subscribed = true;
    liveStore.subscribe(render);
    setInterval(tick, 500);
  }
  render();
  return host;
}

/** Connects to the room kept from an earlier visit, if any (the page's start). */
export function resumeLive(store: StoreApi<FacilitatorState>): void {
  if (liveStore.getState().code) client().then((m) => m.startLive(store));
}

function render() {
  if (!facilitator) return;
  const box = h('div', null, board(facilitator.getState(), liveStore.getState()));
  morphChildren(host, box);
}

/** Keeps the countdown's seconds current without rebuilding the board. */
function tick() {
  const el = document.getElementById('live-countdown-left');
  const deadline = liveStore.getState().deadline;
  if (el && deadline !== null) {
    const text = t('room.board.countdownLeft', { time: clock(deadline) });
    if (el.textContent !== text) el.textContent = text;
  }
}

function clock(deadline: number): string {
  const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

function board(f: FacilitatorState, live: LiveState): HTMLElement {
  const scenario = f.scenarios.find((s) => s.id === (live.session?.scenario ?? f.session.scenario));
  return h(
    'section',
    { class: 'live-board', 'data-testid': 'live-board', 'data-phase': live.phase },
    h('h2', { id: 'live-heading', tabindex: -1 }, t('room.board.heading')),
    live.code ? roomSection(live, scenario) : openSection(live),
    live.error &&
      h(
        'p',
        { class: 'error', role: 'alert', id: 'live-error' },
        t('room.board.refused', { message: live.error }),
      ),
    live.slide && live.code && joinSlide(live.code),
  );
}

function openSection(live: LiveState): HTMLElement {
  return h(
    'div',
    { class: 'stack' },
    h('p', null, t('room.board.intro')),
    live.key
      ? h(
          'button',
          {
            type: 'button',
            id: 'live-open',
            class: 'btn btn-primary',
            disabled: live.phase === 'opening',
            onclick: () => client().then((m) => facilitator && m.createRoom(facilitator)),
          },
          live.phase === 'opening' ? t('room.board.opening') : t('room.board.open'),
        )
      : h('p', { class: 'hint', id: 'live-no-key' }, t('room.board.noKey')),
  );
}

function joinUrl(code: string): string {
  return new URL(`index.html#room=${code}`, location.href).href;
}

function roomSection(live: LiveState, scenario: Scenario | undefined): HTMLElement {
  const code = live.code!;
  const c = live.control;
  const set = (patch: Partial<LiveState['pick']>) => liveStore.setState({ pick: { ...live.pick, ...patch } });
  const closed = Boolean(c?.closed);
  const length = live.session?.turns ?? scenario?.turns ?? 12;
  const pushedEvent = c?.pushed && scenario?.events.find((e) => e.id === c.pushed!.event);
  return h(
    'div',
    { class: 'stack' },
    h(
      'p',
      { id: 'live-status', role: 'status', class: live.phase === 'offline' ? 'warning' : '' },
      live.phase === 'offline'
        ? t('room.board.offline')
        : tn('room.board.connected', live.teams.length, { code: showRoomCode(code) }),
    ),
    h(
      'p',
      null,
      t('room.board.joinLink'),
      ': ',
      h('a', { id: 'live-join-link', href: joinUrl(code), target: '_blank', rel: 'noopener' }, joinUrl(code)),
      ' ',
      h(
        'button',
        {
          type: 'button',
          id: 'live-slide',
          class: 'btn',
          onclick: () => liveStore.setState({ slide: true }),
        },
        t('room.board.slide'),
      ),
    ),
    closed
      ? h('p', { id: 'live-closed', class: 'banner warn-banner' }, t('room.board.closed'))
      : h(
          'fieldset',
          { class: 'live-pace' },
          h('legend', null, t('room.board.pace')),
          h(
            'div',
            { class: 'row' },
            h('label', { for: 'live-hold-turn' }, t('room.board.holdAt')),
            h('input', {
              id: 'live-hold-turn',
              type: 'number',
              min: 0,
              max: length,
              value: String(live.pick.holdAt),
              oninput: (e: Event) => set({ holdAt: Number((e.target as HTMLInputElement).value) }),
            }),
            h(
              'button',
              {
                type: 'button',
                id: 'live-hold',
                class: 'btn',
                onclick: () =>
                  send({ action: 'hold', turn: Math.max(0, Math.min(length, live.pick.holdAt)) }),
              },
              t('room.board.hold'),
            ),
            c?.holdAt !== null &&
              c?.holdAt !== undefined &&
              h(
                'button',
                {
                  type: 'button',
                  id: 'live-release',
                  class: 'btn btn-primary',
                  onclick: () => send({ action: 'release' }),
                },
                t('room.board.release'),
              ),
          ),
          c?.holdAt !== null &&
            c?.holdAt !== undefined &&
            h('p', { id: 'live-held' }, t('room.board.heldAt', { turn: c.holdAt })),
          h(
            'div',
            { class: 'row' },
            h('label', { for: 'live-seconds' }, t('room.board.countdownSeconds')),
            h(
              'select',
              {
                id: 'live-seconds',
                onchange: (e: Event) => set({ seconds: Number((e.target as HTMLSelectElement).value) }),
              },
              [30, 60, 120, 180, 300, 600].map((n) =>
                h('option', { value: String(n), selected: n === live.pick.seconds }, String(n)),
              ),
            ),
            h(
              'button',
              {
                type: 'button',
                id: 'live-countdown',
                class: 'btn',
                onclick: () => send({ action: 'countdown', seconds: live.pick.seconds }),
              },
              t('room.board.countdown'),
            ),
            c?.countdown &&
              h(
                'button',
                {
                  type: 'button',
                  id: 'live-cancel-countdown',
                  class: 'btn',
                  onclick: () => send({ action: 'cancel-countdown' }),
                },
                t('room.board.cancelCountdown'),
              ),
          ),
          c?.countdown &&
            live.deadline !== null &&
            h(
              'p',
              { id: 'live-countdown-left' },
              t('room.board.countdownLeft', { time: clock(live.deadline) }),
            ),
          h(
            'div',
            { class: 'row' },
            h(
              'button',
              {
                type: 'button',
                id: 'live-pause',
                class: 'btn',
                'aria-pressed': String(Boolean(c?.paused)),
                onclick: () => send({ action: c?.paused ? 'resume' : 'pause' }),
              },
              c?.paused ? t('room.board.resume') : t('room.board.pause'),
            ),
            c?.paused && h('span', { id: 'live-paused' }, t('room.board.paused')),
          ),
          scenario &&
            h(
              'div',
              { class: 'row' },
              h('label', { for: 'live-event' }, t('room.board.event')),
              h(
                'select',
                {
                  id: 'live-event',
                  onchange: (e: Event) => set({ event: (e.target as HTMLSelectElement).value }),
                },
                scenario.events.map((ev) =>
                  h(
                    'option',
                    { value: ev.id, selected: ev.id === (live.pick.event || scenario.events[0]?.id) },
                    pick(ev.title),
                  ),
                ),
              ),
              h(
                'button',
                {
                  type: 'button',
                  id: 'live-push',
                  class: 'btn',
                  onclick: () =>
                    send({ action: 'push-event', event: live.pick.event || scenario.events[0]!.id }),
                },
                t('room.board.push'),
              ),
            ),
          pushedEvent &&
            h('p', { id: 'live-pushed' }, t('room.board.pushed', { event: pick(pushedEvent.title) })),
          h(
            'div',
            { class: 'row' },
            live.closeArmed
              ? h(
                  'button',
                  {
                    type: 'button',
                    id: 'live-close-confirm',
                    class: 'btn btn-danger',
                    onclick: () => {
                      liveStore.setState({ closeArmed: false });
                      send({ action: 'close' });
                    },
                  },
                  t('room.board.closeConfirm'),
                )
              : h(
                  'button',
                  {
                    type: 'button',
                    id: 'live-close',
                    class: 'btn',
                    onclick: () => liveStore.setState({ closeArmed: true }),
                  },
                  t('room.board.close'),
                ),
          ),
        ),
    h(
      'div',
      { class: 'row live-tools' },
      h(
        'label',
        null,
        h('input', {
          type: 'checkbox',
          id: 'live-anon',
          checked: live.anonymised,
          onchange: (e: Event) => liveStore.setState({ anonymised: (e.target as HTMLInputElement).checked }),
        }),
        ' ',
        t('room.board.anonymise'),
      ),
      h('label', { for: 'live-sort' }, t('room.board.sort')),
      h(
        'select',
        {
          id: 'live-sort',
          onchange: (e: Event) =>
            liveStore.setState({ sort: (e.target as HTMLSelectElement).value as LiveSort }),
        },
        (['rank', 'name', 'quarter', 'trust', 'buyIn'] as LiveSort[]).map((k) =>
          h(
            'option',
            { value: k, selected: live.sort === k },
            k === 'rank' ? '#' : t(`room.board.sort${k[0]!.toUpperCase()}${k.slice(1)}`),
          ),
        ),
      ),
    ),
    teamCards(live, scenario, length),
  );
}

interface Card {
  info: TeamInfo;
  name: string;
  played: number;
  trust: number | null;
  buyIn: number | null;
  phase: number | null;
  status: string;
  event: { id: string; response: string | null } | null;
}

/** A team's card figures: the model's, from replaying the team's log through the sim (once per update). */
function cardOf(info: TeamInfo, live: LiveState, scenario: Scenario | undefined): Card {
  const name = live.anonymised ? t('room.board.anonymous', { n: info.rank }) : info.name;
  const base = { info, name, played: 0, trust: null, buyIn: null, phase: null, event: null };
  if (!info.game || !scenario) return { ...base, status: info.online ? 'joined' : 'offline' };
  let r: ReturnType<typeof replayOnce>;
  try {
    r = replayOnce(scenario, info.game);
  } catch {
    return { ...base, status: 'offline' };
  }
  const last = r.records.at(-1);
  const played = info.game.turns.length;
  const status = r.final.ending
    ? 'finished'
    : !info.online
      ? 'offline'
      : roomLock(live.control, played)
        ? 'waiting'
        : info.view;
  return {
    info,
    name,
    played,
    trust: r.final.vars.trust,
    buyIn: r.final.vars.buyIn,
    phase: r.final.phase,
    status,
    event: last?.event ? { id: last.event.id, response: last.event.response } : null,
  };
}

const SORTS: Record<LiveSort, (a: Card, b: Card) => number> = {
  rank: (a, b) => a.info.rank - b.info.rank,
  name: (a, b) => a.name.localeCompare(b.name),
  quarter: (a, b) => b.played - a.played || a.info.rank - b.info.rank,
  trust: (a, b) => (b.trust ?? -1) - (a.trust ?? -1),
  buyIn: (a, b) => (b.buyIn ?? -1) - (a.buyIn ?? -1),
};

function teamCards(live: LiveState, scenario: Scenario | undefined, length: number): HTMLElement {
  if (live.teams.length === 0) return h('p', { class: 'hint', id: 'live-empty' }, t('room.board.empty'));
  const cards = live.teams.map((info) => cardOf(info, live, scenario)).sort(SORTS[live.sort]);
  return h(
    'ul',
    { class: 'live-cards', id: 'live-cards' },
    cards.map((c) => {
      const event = c.event && scenario?.events.find((e) => e.id === c.event!.id);
      const answer =
        event && c.event?.response ? event.responses.find((r) => r.id === c.event!.response) : undefined;
      return h(
        'li',
        {
          class: `live-card status-${c.status}`,
          id: `live-team-${c.info.rank}`,
          'data-team': c.info.name,
          'data-status': c.status,
          'data-quarter': c.played,
          'data-trust': c.trust ?? '',
          'data-buyin': c.buyIn ?? '',
        },
        // Team names are the teams' own words: always text, never markup.
        h('h3', { class: 'live-name' }, c.name),
        h(
          'p',
          { class: 'live-meta' },
          c.info.game
            ? t('room.board.quarter', { turn: c.played, turns: length })
            : t('room.board.notStarted'),
          ' · ',
          h('span', { class: 'live-status' }, t(`room.board.status.${c.status}`)),
        ),
        c.phase !== null &&
          scenario &&
          h(
            'dl',
            { class: 'live-figures' },
            h('dt', null, t('room.board.phase')),
            h('dd', null, pick(scenario.phases[c.phase]!.label)),
            h('dt', null, t('room.board.trust')),
            h('dd', { class: 'live-trust' }, points(c.trust!, 1)),
            h('dt', null, t('room.board.buyIn')),
            h('dd', { class: 'live-buyin' }, points(c.buyIn!, 1)),
            h('dt', null, t('room.board.lastEvent')),
            h(
              'dd',
              null,
              !event
                ? t('room.board.none')
                : event.responses.length === 0
                  ? pick(event.title)
                  : `${pick(event.title)} (${answer ? t('room.board.answer', { answer: pick(answer.label) }) : t('room.board.noAnswer')})`,
            ),
          ),
      );
    }),
  );
}

function joinSlide(code: string): HTMLElement {
  return h(
    'div',
    {
      class: 'join-slide',
      id: 'join-slide',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'join-slide-title',
    },
    h('h2', { id: 'join-slide-title' }, t('room.board.slideTitle')),
    h('div', { class: 'join-slide-qr' }, qrSvg(joinUrl(code), t('room.board.qrLabel'))),
    h('p', null, t('room.board.slideHow')),
    h('p', { class: 'join-slide-code', id: 'join-slide-code' }, showRoomCode(code)),
    h('p', { class: 'join-slide-link' }, joinUrl(code)),
    h(
      'button',
      {
        type: 'button',
        id: 'live-slide-close',
        class: 'btn',
        onclick: () => liveStore.setState({ slide: false }),
      },
      t('room.board.slideClose'),
    ),
  );
}
