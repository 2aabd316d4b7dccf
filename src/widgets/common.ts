import { useStore } from '@nanostores/react';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { translator, type Language } from '../i18n/index.ts';
import { saveAnswer, studyStore } from '../study/store.ts';

/** Props every widget island gets from its Astro wrapper. */
export interface DeckContext {
  /** present: the board; study: a student alone; live: a student's phone in a live lesson. */
  mode: 'present' | 'study' | 'live';
  lang: Language;
  lesson: string;
}

export const useTranslate = (lang: Language) => useMemo(() => translator(lang), [lang]);

/** A widget's saved answer in study mode, and a setter that keeps it on the device. */
export function useStudyAnswer<T>(lesson: string, id: string): [T | undefined, (value: T | undefined) => void] {
  const record = useStore(studyStore(lesson));
  const hydrated = useHydrated();
  const save = useCallback((value: T | undefined) => saveAnswer(lesson, id, value), [lesson, id]);
  // The server render has no device storage: show saved answers only after hydration, so both renders match.
  return [hydrated ? (record.answers[id] as T | undefined) : undefined, save];
}

/** False during the server render and the hydrating render, true afterwards. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
const subscribeToNothing = () => () => undefined;
