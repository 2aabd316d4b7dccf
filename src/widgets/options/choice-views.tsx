import { choiceRows } from '../../live-teacher/results-view.ts';
import type { KindViews } from '../views.ts';
import { ChoiceBars } from './ChoiceBars.tsx';
import { ChoiceResults } from './ChoiceResults.tsx';

/** The results of a choice kind (quiz, poll): a bar per option; the right one marked once revealed. */
export const choiceViews = (kind: 'quiz' | 'poll'): KindViews => ({
  kind,
  Board: ({ item, results, state, t }) => <ChoiceBars rows={choiceRows(item, results, state.revealed.includes(item.id))} t={t} />,
  Teacher: ({ item, results, state, t }) => <ChoiceResults rows={choiceRows(item, results, state.revealed.includes(item.id))} t={t} />,
});
