import { choiceViews } from '../options/choice-views.tsx';

export const views = choiceViews('quiz');
