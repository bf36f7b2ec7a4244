// The title screen's card to join a live room: the room code (as shown on the projector, any case) and
// a team name. The realtime client is loaded only when the team presses Join.
import type { StoreApi } from 'zustand/vanilla';
import { t } from '../../i18n';
import { MAX_TEAM_NAME } from '../../room/protocol';
import { cleanRoomCode, ROOM_CODE_LENGTH } from '../../room/room-code';
import type { GameStore } from '../../store/game-store';
import { h } from '../dom';

export function roomJoinCard(store: StoreApi<GameStore>, s: GameStore): HTMLElement | null {
  const room = s.room;
  if (room && room.phase !== 'invited') return null;
  const problem = (key: string) => {
    const el = document.getElementById('room-join-problem');
    if (el) el.textContent = t(key);
  };
  return h(
    'form',
    {
      id: 'room-join',
      class: 'card stack',
      novalidate: true,
      'data-testid': 'room-join',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const code = cleanRoomCode((document.getElementById('room-code') as HTMLInputElement).value);
        const name = (document.getElementById('room-team') as HTMLInputElement).value.trim();
        if (!code) return problem('room.join.badCode');
        if (!name) return problem('room.join.noName');
        import('./team-room').then(
          (m) => m.joinRoom(store, code, name),
          () => problem('room.join.failed'),
        );
      },
    },
    h('h2', { class: 'card-title' }, t('room.join.heading')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'room-code' }, t('room.join.code')),
      h('input', {
        id: 'room-code',
        class: 'room-code-input',
        type: 'text',
        value: room?.code ?? '',
        maxlength: ROOM_CODE_LENGTH + 2,
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: 'false',
        'aria-describedby': 'room-code-hint',
      }),
      h('p', { id: 'room-code-hint', class: 'hint' }, t('room.join.codeHint')),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'room-team' }, t('room.join.name')),
      h('input', { id: 'room-team', type: 'text', maxlength: MAX_TEAM_NAME, autocomplete: 'off' }),
    ),
    h(
      'p',
      { id: 'room-join-problem', class: 'error', role: 'alert' },
      room?.refusal ? t(`room.refused.${room.refusal.code}`) : '',
    ),
    h('button', { id: 'room-join-btn', type: 'submit', class: 'btn' }, t('room.join.submit')),
  );
}
