import { mindMapGroups } from '../../live-teacher/results-view.ts';
import type { KindViews } from '../views.ts';
import { MindMapResults } from './MindMapResults.tsx';
import { WordCloud } from './WordCloud.tsx';

/** A word cloud on the board (with the model once shown); the grouped ideas on the panel. */
export const views: KindViews = {
  kind: 'mindMap',
  Board: ({ results, reveal, t }) => <WordCloud groups={mindMapGroups(results)} model={reveal?.model} t={t} />,
  Teacher: ({ results, t }) => <MindMapResults groups={mindMapGroups(results)} t={t} />,
};
