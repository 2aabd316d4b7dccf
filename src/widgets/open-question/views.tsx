import { wallEntries } from '../../live-teacher/results-view.ts';
import type { KindViews } from '../views.ts';
import { AnswerWall } from './AnswerWall.tsx';
import { BoardWall } from './BoardWall.tsx';

/** The wall of answers: on the board without names and what the teacher hid; on the panel with the tools to hide and highlight. */
export const views: KindViews = {
  kind: 'openQuestion',
  Board: ({ item, results, state, t }) => (
    <BoardWall key={item.id} entries={wallEntries(results, state, []).filter((entry) => !entry.hidden)} t={t} />
  ),
  Teacher: ({ results, state, participants, t }) => (
    <AnswerWall entries={wallEntries(results, state, participants)} showNames={!state.anonymous} t={t} />
  ),
};
