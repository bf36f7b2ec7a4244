// The debrief screen: the whole story of one game for the conversation after it. Used by the game's end
// screen and by the facilitator's view: openDebrief(container, {scenario, game, ...}). Every number is
// recomputed here from the game's decisions through the sim. It has no language of its own: it speaks the
// language of the page's store (the game's or the facilitator's), so it cannot disagree with the page.
import './debrief.css';
import { getLanguage, t } from '../../i18n';
import { type GameRecord, type Replay, replay, replayFirstGame, type Scenario } from '../../sim';
import { h } from '../dom';
import { points } from '../format';
import { gpsView } from './gps-view';
import { endingLabel, objectiveLabel, phaseLabel } from './labels';
import { promptsView } from './prompts-view';
import { referenceView } from './reference-view';
import { fadeEdges } from './scroll-fade';
import { sectionNav } from './section-nav';
import { stuckView } from './stuck-view';
import { timelineView } from './timeline-view';
import { turningView } from './turning-view';
import { whatIfView } from './what-if-view';

export interface DebriefOptions {
  scenario: Scenario;
  game: GameRecord;
  /** The team's name where a facilitator knows it. */
  name?: string;
  notes?: string;
  /** Called (debounced) with the notes as they are typed; without it the notes are read-only. */
  onNotesChange?: (notes: string) => void;
  /** Shows a "back" button that calls this. */
  onClose?: () => void;
  /** A replay already computed for this game (saves recomputing it). */
  replay?: Replay;
}

export interface DebriefHandle {
  element: HTMLElement;
  close(): void;
}

const SECTIONS = ['timeline', 'stuck', 'gps', 'turning', 'whatif', 'reference', 'prompts'] as const;

/** On a practice branch: which quarters replay the first game, and how that game ended. */
function branchNote(o: DebriefOptions): HTMLElement | null {
  const branch = o.game.branch;
  if (!branch) return null;
  let first: Replay | null;
  try {
    first = replayFirstGame(o.scenario, o.game);
  } catch {
    return null;
  }
  if (!first) return null;
  const params = {
    from: branch.from,
    last: branch.from - 1,
    turn: first.final.turn,
    ending: endingLabel(first.final.ending),
  };
  return h(
    'p',
    { class: 'branch-note', 'data-testid': 'debrief-branch' },
    t(branch.from === 1 ? 'debrief.branchFirst' : 'debrief.branch', params),
  );
}

export function openDebrief(container: HTMLElement, o: DebriefOptions): DebriefHandle {
  const played = o.replay ?? replay(o.scenario, o.game);
  const name = o.name ?? t('debrief.yourTeam');
  const f = played.final;
  // Only a game that stayed short of the last phase has a "why you were stuck".
  let stuck: HTMLElement | null = null;
  try {
    stuck = stuckView(o.scenario, o.game, played);
  } catch {
    stuck = null;
  }
  const shown = SECTIONS.filter((id) => id !== 'stuck' || stuck !== null);
  const section = (id: (typeof SECTIONS)[number], body: () => HTMLElement) => {
    let content: HTMLElement;
    try {
      content = body();
    } catch (e) {
      // One broken panel must not blank the others.
      content = h(
        'p',
        { class: 'error', role: 'alert' },
        t('debrief.panelError'),
        ' ',
        String((e as Error)?.message ?? e),
      );
    }
    return h(
      'section',
      { class: 'debrief-section', id: `debrief-${id}`, 'aria-labelledby': `debrief-${id}-h` },
      h('h3', { id: `debrief-${id}-h`, tabindex: -1 }, t(`debrief.section.${id}`)),
      content,
    );
  };
  const nav = sectionNav(
    t('debrief.navLabel'),
    shown.map((id) => ({
      id,
      label: t(`debrief.section.${id}`),
      target: () => element.querySelector<HTMLElement>(`#debrief-${id}-h`),
    })),
  );
  const element = h(
    'article',
    { class: 'debrief', 'data-testid': 'debrief-screen', lang: getLanguage() },
    h(
      'header',
      { class: 'debrief-head' },
      o.onClose
        ? h(
            'button',
            { type: 'button', class: 'btn', id: 'debrief-back', onclick: o.onClose },
            t('debrief.back'),
          )
        : null,
      h('h2', { id: 'debrief-title', tabindex: -1 }, t('debrief.title', { name })),
      h(
        'dl',
        { class: 'summary', 'data-testid': 'debrief-summary' },
        pair(t('debrief.summary.ending'), endingLabel(f.ending), { 'data-testid': 'debrief-ending' }),
        pair(t('debrief.summary.phase'), phaseLabel(o.scenario, f.phase)),
        pair(t('debrief.var.trust'), points(f.vars.trust, 1), { 'data-value': f.vars.trust }),
        pair(t('debrief.var.buyIn'), points(f.vars.buyIn, 1), { 'data-value': f.vars.buyIn }),
        pair(t('debrief.summary.objective'), objectiveLabel(o.scenario, o.game.objective)),
        pair(t('debrief.summary.seed'), h('code', null, o.game.seed)),
      ),
      branchNote(o),
    ),
    // Outside the header, so it stays in view while the sections scroll by.
    nav,
    section('timeline', () => timelineView(o.scenario, played)),
    stuck ? section('stuck', () => stuck) : null,
    section('gps', () => gpsView(o.scenario, played)),
    section('turning', () => turningView(o.scenario, played)),
    section('whatif', () => whatIfView(o.scenario, o.game, played)),
    section('reference', () => referenceView(o.scenario, o.game, played, name)),
    section('prompts', () => promptsView(o.scenario, o.notes ?? '', o.onNotesChange)),
  );
  // Wide tables (the timeline on a phone) scroll sideways: fade the side where more columns wait.
  for (const wide of element.querySelectorAll<HTMLElement>('.table-scroll')) fadeEdges(wide);
  container.replaceChildren(element);
  element.querySelector<HTMLElement>('#debrief-title')?.focus({ preventScroll: true });
  return {
    element,
    close: () => element.remove(),
  };
}

/** A term with its value, grouped so the summary wraps in pairs on a narrow screen. */
function pair(term: string, value: Node | string, attrs: Record<string, unknown> | null = null): HTMLElement {
  return h('div', null, h('dt', null, term), h('dd', attrs, value));
}
