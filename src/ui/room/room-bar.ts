// The live room's bar on the game page: the room and team, online or offline (with the quarters waiting to
// be sent), held, paused or closed, the countdown, the event the facilitator revealed, and the server's
// last refusal. Built from the store's RoomView; the countdown's seconds tick without rebuilding anything.
import { pick, t, tn } from '../../i18n';
import { showRoomCode } from '../../room/room-code';
import type { GameStore } from '../../store/game-store';
import './room.css';
import { h } from '../dom';

export function roomBar(s: GameStore): HTMLElement | null {
  const room = s.room;
  if (!room || room.phase === 'invited') return null;
  const revealed = room.revealed ? s.scenario.events.find((e) => e.id === room.revealed) : undefined;
  const countdown = room.control?.countdown && room.deadline !== null;
  return h(
    'section',
    {
      class: `room-bar room-${room.phase}${room.lock ? ' room-locked' : ''}`,
      'data-testid': 'room-bar',
      'data-phase': room.phase,
      'data-lock': room.lock ? room.lock.key.split('.').pop() : '',
      'data-queued': room.queued,
      'aria-label': t('room.bar.label'),
    },
    h(
      'p',
      { class: 'room-where' },
      h('strong', null, t('room.bar.room', { code: showRoomCode(room.code) })),
      room.name && h('span', null, ' · ', t('room.bar.team', { name: room.name })),
      ' · ',
      h(
        'span',
        { class: 'room-link', id: 'room-link', role: 'status' },
        room.phase === 'joining'
          ? t('room.bar.joining')
          : room.phase === 'offline'
            ? t('room.bar.offline')
            : t('room.bar.connected'),
      ),
      room.queued > 0 && h('span', { id: 'room-queued' }, ' · ', tn('room.bar.queued', room.queued)),
    ),
    room.lock &&
      h('p', { class: 'room-lock', id: 'room-lock', role: 'status' }, t(room.lock.key, room.lock.params)),
    countdown &&
      h(
        'p',
        { class: 'room-countdown', id: 'room-countdown', 'data-deadline': room.deadline },
        countdownText(room.deadline!),
      ),
    revealed &&
      h(
        'p',
        { class: 'room-revealed', id: 'room-revealed' },
        t('room.bar.revealed', { event: pick(revealed.title) }),
      ),
    room.refusal &&
      h(
        'div',
        { class: 'room-refusal', id: 'room-refusal', role: 'alert' },
        h('p', null, t(`room.refused.${room.refusal.code}`)),
        h('details', null, h('summary', null, t('room.bar.why')), h('p', null, room.refusal.message)),
      ),
    h(
      'button',
      {
        type: 'button',
        id: 'room-leave',
        class: 'btn btn-small',
        onclick: () => import('./team-room').then((m) => m.leaveRoom()),
      },
      t('room.bar.leave'),
    ),
  );
}

function countdownText(deadline: number): string {
  const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  if (left === 0) return t('room.bar.timeUp');
  const mm = Math.floor(left / 60);
  const ss = String(left % 60).padStart(2, '0');
  return t('room.bar.countdown', { time: `${mm}:${ss}` });
}

let ticker: ReturnType<typeof setInterval> | null = null;

/** Keeps the countdown's text current while one is shown. */
export function tickCountdown(): void {
  if (ticker) return;
  ticker = setInterval(() => {
    const el = document.getElementById('room-countdown');
    if (!el) {
      clearInterval(ticker!);
      ticker = null;
      return;
    }
    const text = countdownText(Number(el.dataset.deadline));
    if (el.textContent !== text) el.textContent = text;
  }, 500);
}
