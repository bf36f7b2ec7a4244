// The scenarios a page offers, each with its one-line pitch, its length and its level, so that a trainer
// (or a team) can pick the case that fits the room. Used by the title screen and the facilitator's
// session; built from the shared choice() radios, so arrows move between scenarios.
import { pick, t } from '../i18n';
import type { Scenario } from '../sim';
import { isBuiltIn } from '../store/scenarios';
import { choice, group } from './choice';

/** Length, duration, level, and whether it came from a file: the facts shown as tags. */
export function scenarioTags(sc: Scenario, turns = sc.turns): { text: string; kind: string }[] {
  const tags = [{ text: t('scenario.quarters', { n: turns }), kind: 'length' }];
  if (sc.minutes !== undefined) tags.push({ text: t('scenario.minutes', { n: sc.minutes }), kind: 'length' });
  if (sc.level) tags.push({ text: t(`scenario.level.${sc.level}`), kind: 'level' });
  if (!isBuiltIn(sc.id)) tags.push({ text: t('scenario.custom'), kind: 'custom' });
  return tags;
}

/** The one line that sells a scenario: its pitch, else its summary. */
export function scenarioPitch(sc: Scenario): string {
  return pick(sc.pitch ?? sc.summary);
}

export interface ScenarioPickerOptions {
  /** The fieldset's id; each radio's id is `${id}-${scenario id}`. */
  id: string;
  legend: string;
  scenarios: readonly Scenario[];
  selected: string;
  /** A facilitator's session fixes the scenario for the teams: the others are shown, not offered. */
  locked?: boolean;
  onSelect(id: string): void;
}

export function scenarioPicker(o: ScenarioPickerOptions): HTMLFieldSetElement {
  const picker = group(
    o.id,
    o.legend,
    null,
    null,
    ...o.scenarios.map((sc) =>
      choice({
        type: 'radio',
        name: o.id,
        id: `${o.id}-${sc.id}`,
        value: sc.id,
        title: pick(sc.title),
        hint: scenarioPitch(sc),
        checked: sc.id === o.selected,
        disabled: o.locked === true && sc.id !== o.selected,
        tags: scenarioTags(sc),
        onchange: () => o.onSelect(sc.id),
      }),
    ),
  );
  // Six cases must fit a projector's panel: the chosen one shows its whole pitch, the others two lines of
  // it (components.css, .scenario-picker); the full text stays in the page for screen readers.
  picker.classList.add('scenario-picker');
  return picker;
}
