// An event's title as players read it: "Again: ..." when the same event has been drawn before in this game,
// so a repeat reads as a repeat and not as the same news twice.
import { getLanguage, type Lang, pick, t } from '../i18n';
import type { Scenario, SimState } from '../sim';

/**
 * `drawn` is the game's list of drawn events up to and including this one (the state that holds it as
 * pending, or the state before the quarter it was played in).
 */
export function eventTitle(
  scenario: Scenario,
  drawn: SimState['drawn'],
  eventId: string,
  lang: Lang = getLanguage(),
): string {
  const event = scenario.events.find((e) => e.id === eventId);
  const title = event ? pick(event.title, lang) : eventId;
  const times = drawn.filter((id) => id === eventId).length;
  return times > 1 ? t('event.again', { title }, lang) : title;
}
