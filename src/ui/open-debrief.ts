// THE call site of the debrief. The end screen's "Debrief" button calls openDebrief(): a full-size dialog
// holding the debrief screen (src/ui/debrief/), with its notes kept alongside the game by the game store.
import { t } from '../i18n';
import type { GameRecord, Scenario, SimState, TurnRecord } from '../sim';
import { h } from './dom';

export interface DebriefRequest {
  scenario: Scenario;
  game: GameRecord;
  initial: SimState;
  records: readonly TurnRecord[];
  /** Where to put focus back when the debrief closes. */
  returnFocus?: HTMLElement | null;
  /** The notes kept with this game, and the store action that keeps them. */
  notes: string;
  onNotesChange: (notes: string) => void;
}

/**
 * Opens the debrief. Its code (charts, what-ifs) loads on the first click, not with the game: the title
 * screen comes up sooner, and nothing is needed from another origin (the chunk is in the same build).
 */
export async function openDebrief(req: DebriefRequest): Promise<void> {
  const { openDebrief: openDebriefScreen } = await import('./debrief/debrief');
  document.getElementById('debrief-dialog')?.remove();
  const host = h('div', { class: 'debrief-host' });
  const dialog = h(
    'dialog',
    {
      id: 'debrief-dialog',
      class: 'dialog dialog-wide',
      'aria-labelledby': 'debrief-title',
      'data-testid': 'debrief',
    },
    host,
    h(
      'form',
      { method: 'dialog', class: 'actions' },
      h('button', { id: 'close-debrief', class: 'btn btn-primary', value: 'close' }, t('end.close')),
    ),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    req.returnFocus?.focus();
  });
  const records = [...req.records];
  openDebriefScreen(host, {
    scenario: req.scenario,
    game: req.game,
    replay: { initial: req.initial, records, final: records[records.length - 1]?.state ?? req.initial },
    notes: req.notes,
    onNotesChange: req.onNotesChange,
  });
  document.body.append(dialog);
  dialog.showModal();
}
