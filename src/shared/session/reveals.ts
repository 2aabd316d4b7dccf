import type { Reveal, SessionLesson, SessionState } from './state.ts';

/** What students may see now: answers the teacher revealed and mind-map models the teacher showed. */
export function visibleReveals(state: Pick<SessionState, 'revealed' | 'modelShown'>, lesson: SessionLesson): Record<string, Reveal> {
  const reveals: Record<string, Reveal> = {};
  for (const id of state.revealed) {
    const reveal = lesson.items[id]?.reveal;
    if (reveal?.correct)
      reveals[id] = {
        correct: reveal.correct,
        ...(reveal.explanation ? { explanation: reveal.explanation } : {}),
        ...(reveal.areas ? { areas: reveal.areas } : {}),
      };
  }
  for (const id of state.modelShown) {
    const model = lesson.items[id]?.reveal?.model;
    if (model) reveals[id] = { ...reveals[id], model };
  }
  return reveals;
}
