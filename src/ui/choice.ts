// One option in a group: a native radio or checkbox inside its label, with title, hint and cost.
import { t } from '../i18n';
import { h } from './dom';
import { money } from './format';

export interface ChoiceOptions {
  type: 'radio' | 'checkbox';
  name: string;
  id: string;
  value: string;
  title: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  cost?: number;
  /** Short tags (vanity, fits your objective, current...). */
  tags?: { text: string; kind: string }[];
  /** Why it cannot be chosen, shown in place of nothing. */
  note?: string;
  onchange: () => void;
}

export function choice(o: ChoiceOptions): HTMLLabelElement {
  const hintId = `${o.id}-hint`;
  return h(
    'label',
    { class: `choice${o.disabled ? ' is-disabled' : ''}`, 'data-testid': o.id },
    h('input', {
      type: o.type,
      name: o.name,
      id: o.id,
      value: o.value,
      checked: o.checked,
      disabled: o.disabled,
      'aria-describedby': hintId,
      onchange: o.onchange,
    }),
    h(
      'span',
      { class: 'choice-body' },
      h(
        'span',
        { class: 'choice-title' },
        o.title,
        o.cost !== undefined && h('span', { class: 'cost' }, o.cost > 0 ? money(o.cost) : t('play.free')),
      ),
      h(
        'span',
        { id: hintId, class: 'choice-hint' },
        o.hint,
        o.note && h('span', { class: 'choice-note' }, ` ${o.note}`),
      ),
      o.tags &&
        o.tags.length > 0 &&
        h(
          'span',
          { class: 'tags' },
          o.tags.map((tag) => h('span', { class: `tag tag-${tag.kind}` }, tag.text)),
        ),
    ),
  );
}

/** A fieldset with a legend that shows its keyboard shortcut. */
export function group(
  id: string,
  legend: string,
  shortcut: string | null,
  hint: string | null,
  ...body: (Node | null | false)[]
) {
  return h(
    'fieldset',
    { class: 'choices', id, 'aria-describedby': hint ? `${id}-hint` : undefined },
    h('legend', null, legend, shortcut && h('kbd', { class: 'shortcut', 'aria-hidden': 'true' }, shortcut)),
    hint && h('p', { id: `${id}-hint`, class: 'hint' }, hint),
    ...body,
  );
}
