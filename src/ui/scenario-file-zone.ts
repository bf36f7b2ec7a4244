// Opening a custom scenario file: a file picker, a drop anywhere on the screen that carries it, and the
// problems of a file that could not be used, each with its JSON path, as scenario:check prints them.
// The checking itself is the store's (openScenarioFile); this only hands the file over and shows the result.
import { t } from '../i18n';
import type { ScenarioProblem } from '../sim';
import { h } from './dom';

export interface ScenarioFileZoneOptions {
  /** Prefix of the element ids, so that two pages can hold one each. */
  id: string;
  problems: { file: string; problems: ScenarioProblem[] } | null;
  /** Whether the zone itself takes a dropped file (else its screen does, see scenarioDropTarget). */
  dropHere?: boolean;
  open(file: File): void;
  dismiss(): void;
}

const MAX_SHOWN = 50;

/** The first file of a drop or a pick, if any. */
function firstFile(list: FileList | null | undefined): File | null {
  return list && list.length > 0 ? list[0]! : null;
}

/** Handlers that make an element take a dropped scenario file (spread them into its attributes). */
export function scenarioDropTarget(open: (file: File) => void): Record<string, (e: Event) => void> {
  const carriesFiles = (e: Event) => (e as DragEvent).dataTransfer?.types.includes('Files') ?? false;
  return {
    ondragover: (e) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      (e.currentTarget as HTMLElement).classList.add('is-drop-target');
    },
    ondragleave: (e) => (e.currentTarget as HTMLElement).classList.remove('is-drop-target'),
    ondrop: (e) => {
      (e.currentTarget as HTMLElement).classList.remove('is-drop-target');
      const file = firstFile((e as DragEvent).dataTransfer?.files);
      if (!file) return;
      e.preventDefault();
      open(file);
    },
  };
}

export function scenarioFileZone(o: ScenarioFileZoneOptions): HTMLElement {
  const inputId = `${o.id}-input`;
  const problems = o.problems;
  return h(
    'div',
    { class: 'scenario-file', id: o.id, ...(o.dropHere ? scenarioDropTarget(o.open) : {}) },
    h(
      'p',
      { class: 'hint' },
      t(o.dropHere ? 'scenarioFile.hintHere' : 'scenarioFile.hint'),
      ' ',
      h(
        'button',
        {
          id: `${o.id}-open`,
          type: 'button',
          class: 'btn btn-small',
          onclick: () => document.getElementById(inputId)?.click(),
        },
        t('scenarioFile.open'),
      ),
      h('input', {
        id: inputId,
        type: 'file',
        hidden: true,
        accept: '.json,application/json',
        onchange: (e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = firstFile(input.files);
          input.value = '';
          if (file) o.open(file);
        },
      }),
    ),
    problems &&
      h(
        'div',
        { class: 'scenario-problems', role: 'alert', 'data-testid': `${o.id}-problems` },
        h(
          'p',
          null,
          h('strong', null, t('scenarioFile.refused', { file: problems.file, n: problems.problems.length })),
        ),
        h(
          'ul',
          null,
          problems.problems
            .slice(0, MAX_SHOWN)
            .map((p) => h('li', null, h('code', null, p.path), ' ', p.message)),
          problems.problems.length > MAX_SHOWN &&
            h('li', null, t('scenarioFile.more', { n: problems.problems.length - MAX_SHOWN })),
        ),
        h('p', { class: 'hint' }, t('scenarioFile.fix')),
        h(
          'button',
          { type: 'button', class: 'btn btn-small', onclick: () => o.dismiss() },
          t('notice.close'),
        ),
      ),
  );
}
