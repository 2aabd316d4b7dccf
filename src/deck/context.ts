import type { AstroGlobal } from 'astro';
import type { DeckContext } from '../widgets/common.ts';

/** Mode, language and lesson for a widget wrapper, as the deck page set them for this request. */
export function deckContext(astro: Pick<AstroGlobal, 'locals'>): DeckContext {
  const deck = astro.locals.deck;
  return { mode: deck?.mode ?? 'present', lang: astro.locals.lang, lesson: deck?.lesson ?? '' };
}
