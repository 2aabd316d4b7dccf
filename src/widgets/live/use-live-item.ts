import { useStore } from '@nanostores/react';
import { useEffect, useRef, type RefObject } from 'react';
import { $myAnswers, $reveals, $session } from '../../live/stores.ts';
import { answerWindow } from '../../shared/session/answer-window.ts';
import { useHydrated } from '../common.ts';

/**
 * A live item as this phone sees it: open or not, whether the student may answer, the student's own
 * answer and what was revealed. The server render knows nothing of the session, so the hydrating
 * render shows the same empty item and the real one follows right after (no hydration mismatch).
 */
export function useLiveItem(id: string) {
  const hydrated = useHydrated();
  const session = useStore($session);
  const mineNow = useStore($myAnswers)[id];
  const revealNow = useStore($reveals)[id];
  const state = hydrated ? session : null;
  const mine = hydrated ? mineNow : undefined;
  const open = state?.openItem?.id === id;
  const answered = mine !== undefined && mine.status !== 'refused';
  const mayAnswer = state !== null && answerWindow(state, id, answered).ok;
  // The right answer is on every phone: a student who did not answer cannot any more.
  const locked = open && state.revealed.includes(id) && !answered;
  return { open, mayAnswer, locked, mine, reveal: hydrated ? revealNow : undefined, wasOpened: state?.closedItems.includes(id) === true };
}

const typing = (element: Element | null): boolean =>
  element instanceof HTMLElement &&
  (element.isContentEditable ||
    element.tagName === 'TEXTAREA' ||
    (element.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'submit'].includes((element as HTMLInputElement).type)));

/**
 * When the item opens, brings its answer area into view and moves focus to it (so the next Tab or
 * swipe is in the item), unless the student is typing somewhere: their keyboard stays put.
 */
export function useRevealWhenOpened(open: boolean): RefObject<HTMLDivElement | null> {
  const area = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const element = area.current;
    if (!open || !element) return;
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'start', behavior: calm ? 'auto' : 'smooth' });
    if (!typing(document.activeElement)) element.focus({ preventScroll: true });
  }, [open]);
  return area;
}
