import Assignment from '../widgets/assignment/Assignment.astro';
import MindMap from '../widgets/mind-map/MindMap.astro';
import Column from '../widgets/notes/Column.astro';
import Notes from '../widgets/notes/Notes.astro';
import OpenQuestion from '../widgets/open-question/OpenQuestion.astro';
import Poll from '../widgets/poll/Poll.astro';
import Quiz from '../widgets/quiz/Quiz.astro';
import Timer from '../widgets/timer/Timer.astro';
import Video from '../widgets/video/Video.astro';
import Slide from './Slide.astro';
import ZoomImage from './ZoomImage.astro';

/** What lesson MDX may use without imports; keep in step with WIDGETS in shared/lesson/widgets.ts. */
export const lessonComponents = { Slide, Quiz, Poll, MindMap, OpenQuestion, Timer, Video, Notes, Column, Assignment, img: ZoomImage };
