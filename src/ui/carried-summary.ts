// The choices a quarter carries over from the last one (approach, voice, governance, what is measured) and
// the moves already in place, folded into one line with a button to unfold them: most quarters change
// little, and the decisions then fit on a screen or two.
import type { StoreApi } from 'zustand/vanilla';
import { pick, t } from '../i18n';
import type { Scenario, TurnDecision } from '../sim';
import type { GameStore } from '../store/game-store';
import type { CarriedField } from '../store/views';
import { h } from './dom';
import { focusGroup } from './focus-group';

export function carriedSummary(
  store: StoreApi<GameStore>,
  sc: Scenario,
  turn: number,
  draft: TurnDecision,
  carried: readonly CarriedField[],
  heldMoves: readonly string[],
): HTMLElement | null {
  if (carried.length === 0 && heldMoves.length === 0) return null;
  const label = (list: readonly { id: string; label: { en: string; fr: string } }[], id: string) =>
    pick(list.find((x) => x.id === id)!.label);
  const list = (ids: readonly string[], of: Parameters<typeof label>[0]) =>
    ids.map((id) => label(of, id)).join(', ');
  const parts: string[] = [];
  if (carried.includes('approach')) parts.push(label(sc.approaches, draft.approach));
  if (carried.includes('voice')) parts.push(label(sc.voices, draft.voice));
  if (carried.includes('governance')) parts.push(label(sc.governances, draft.governance));
  if (carried.includes('measure'))
    parts.push(
      t('play.carried.measure', {
        kpis: list(draft.measure, sc.measure.kpis),
      }),
    );
  // The first group the button unfolds takes the focus, so a screen reader hears where it landed.
  const first = carried[0] ? `${carried[0]}-group` : 'moves-group';
  return h(
    'section',
    {
      class: 'card carried',
      id: 'carried',
      'aria-labelledby': 'carried-heading',
      'data-testid': 'carried',
      // For tests: what is folded, by field.
      'data-fields': carried.join(' '),
      'data-measure': carried.includes('measure') ? draft.measure.join(' ') : undefined,
      'data-approach': carried.includes('approach') ? draft.approach : undefined,
      'data-voice': carried.includes('voice') ? draft.voice : undefined,
      'data-governance': carried.includes('governance') ? draft.governance : undefined,
    },
    h(
      'div',
      { class: 'carried-row' },
      h('h2', { id: 'carried-heading', class: 'eyebrow' }, t('play.carried.heading', { turn: turn - 1 })),
      h(
        'button',
        {
          id: 'change-carried',
          type: 'button',
          class: 'btn btn-small',
          'aria-expanded': 'false',
          'aria-describedby': 'carried-line',
          onclick: () => {
            store.getState().openCarried();
            focusGroup(first);
          },
        },
        t('play.carried.change'),
      ),
    ),
    h(
      'div',
      { id: 'carried-line' },
      parts.length > 0 && h('p', { class: 'carried-line' }, parts.join(' · ')),
      heldMoves.length > 0 &&
        h(
          'p',
          { class: 'carried-moves hint' },
          t('play.carried.moves', { moves: list(heldMoves, sc.moves) }),
        ),
    ),
  );
}
