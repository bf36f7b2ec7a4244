// Teams whose codes name a scenario this page does not have (one written by a trainer, opened from its
// file): the page names that scenario and asks for its file; once opened, those codes are collected again.
import type { StoreApi } from 'zustand/vanilla';
import { t } from '../../i18n';
import type { FacilitatorState } from '../../store/facilitator-store';
import { h } from '../dom';
import { scenarioFileZone } from '../scenario-file-zone';

/** Whether a dropped .json file is a scenario (rather than a save or an export): it has phases and approaches. */
export function looksLikeScenario(text: string): boolean {
  try {
    const json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
    return typeof json === 'object' && json !== null && 'phases' in json && 'approaches' in json;
  } catch {
    return false;
  }
}

export function awaitingScenarios(
  store: StoreApi<FacilitatorState>,
  s: FacilitatorState,
): HTMLElement | null {
  if (s.awaiting.length === 0 && !s.scenarioFile) return null;
  const counts = new Map<string, number>();
  for (const a of s.awaiting) if (a.scenario) counts.set(a.scenario, (counts.get(a.scenario) ?? 0) + 1);
  return h(
    'div',
    { class: 'card awaiting', 'data-testid': 'awaiting-scenarios' },
    h('h3', null, t('facilitator.awaiting.title')),
    counts.size > 0 &&
      h(
        'ul',
        null,
        [...counts].map(([id, n]) =>
          h('li', { 'data-scenario': id }, t('facilitator.awaiting.needs', { id, n, file: `${id}.json` })),
        ),
      ),
    scenarioFileZone({
      id: 'collect-scenario-file',
      problems: s.scenarioFile,
      dropHere: true,
      open: (file) => void store.getState().openScenarioFile(file),
      dismiss: () => store.getState().dismissScenarioFile(),
    }),
  );
}
