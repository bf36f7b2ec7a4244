// The conversation after the game, stage by stage (what happened, why, so what, now what), with the
// scenario's own questions and one notes field that is saved with the game.
import { pick, t } from '../../i18n';
import type { Scenario } from '../../sim';
import { h } from '../dom';

export const STAGES = ['what', 'why', 'so-what', 'now-what'] as const;
export const MAX_NOTES = 2000;

export function promptsView(
  scenario: Scenario,
  notes: string,
  onNotesChange?: (notes: string) => void,
): HTMLElement {
  const status = h('p', { class: 'hint', 'aria-live': 'polite', id: 'debrief-notes-status' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const area = h('textarea', {
    id: 'debrief-notes',
    rows: 6,
    maxlength: MAX_NOTES,
    'aria-describedby': 'debrief-notes-status',
    readonly: onNotesChange ? undefined : true,
    oninput: (e: Event) => {
      const value = (e.target as HTMLTextAreaElement).value;
      // Saved a moment after typing stops, so a reload never loses more than a few keystrokes.
      clearTimeout(timer);
      timer = setTimeout(() => {
        onNotesChange?.(value);
        status.textContent = t('debrief.prompts.saved');
      }, 300);
    },
  });
  area.value = notes;
  return h(
    'div',
    { class: 'prompts' },
    h(
      'ol',
      { class: 'stages' },
      STAGES.map((stage) => {
        const prompts = scenario.debriefPrompts.filter((p) => p.stage === stage);
        return h(
          'li',
          { class: `stage stage-${stage}` },
          h('h4', null, t(`debrief.stage.${stage}`)),
          h('p', { class: 'hint' }, t(`debrief.stageHint.${stage}`)),
          prompts.length > 0
            ? h(
                'ul',
                null,
                prompts.map((p) => h('li', null, pick(p.text))),
              )
            : null,
        );
      }),
    ),
    h(
      'div',
      { class: 'field notes' },
      h('label', { for: 'debrief-notes' }, t('debrief.prompts.notes')),
      area,
      status,
    ),
  );
}
