import { useId } from 'react';
import { useRunCommand } from '../../live-teacher/use-commands.ts';
import type { ItemResults } from '../../shared/session/results.ts';
import type { KindViews, ResultsViewProps } from '../views.ts';
import { markedQuestions } from './board-order.ts';
import './questions.css';

/** How many questions the board shows: what reads from the back of the room at 720p. */
const BOARD_QUESTIONS = 6;

const questionsOf = (results: ItemResults | undefined) => (results?.kind === 'questions' ? results.questions : []);

/** The board: the class's questions without names or what the teacher hid, the ones still to answer first. */
function Board({ results, state, t }: ResultsViewProps) {
  const visible = markedQuestions(questionsOf(results), state).filter((question) => !question.hidden);
  if (visible.length === 0) return <p className="board-questions-empty">{t('questions.boardEmpty')}</p>;
  const shown = visible.slice(0, BOARD_QUESTIONS);
  return (
    <div className="board-questions">
      <ol className="board-question-list">
        {shown.map((question) => (
          <li key={question.id} data-answered={question.answered || undefined}>
            <span className="board-question-votes" aria-label={t('questions.voteCount', { n: question.votes })}>
              {question.votes}
            </span>
            <span className="board-question-text">{question.text}</span>
            {question.answered && <span className="board-question-tag">{t('questions.answered')}</span>}
          </li>
        ))}
      </ol>
      {visible.length > shown.length && <p className="board-questions-more">{t('questions.more', { n: visible.length - shown.length })}</p>}
    </div>
  );
}

/** The teacher's panel: every question by votes, the author when the lesson is not anonymous, and the buttons to mark or hide it. */
function Teacher({ results, state, participants, t }: ResultsViewProps) {
  const run = useRunCommand();
  const idPrefix = useId();
  const questions = markedQuestions(questionsOf(results), state);
  if (questions.length === 0) return <p className="hint">{t('questions.none')}</p>;
  const names = new Map(participants.map((participant) => [participant.id, participant.name]));
  return (
    <ol className="tl-wall tl-questions" aria-label={t('questions.caption')}>
      {questions.map((question) => {
        const textId = `${idPrefix}-${question.id}`;
        const author = state.anonymous ? undefined : names.get(question.by);
        return (
          <li key={question.id} data-hidden={question.hidden} data-answered={question.answered}>
            <p className="tl-wall-text" id={textId}>
              {question.text}
            </p>
            <p className="tl-tags">
              <span className="tl-tag tl-votes">{t('questions.voteCount', { n: question.votes })}</span>
              {question.answered && <span className="tl-tag tl-tag-answered">{t('questions.answered')}</span>}
              {question.hidden && <span className="tl-tag">{t('liveTeacher.hiddenTag')}</span>}
            </p>
            {author && <p className="tl-wall-author">{author}</p>}
            <div className="tl-row">
              <button
                type="button"
                className="button secondary tl-small"
                aria-describedby={textId}
                aria-pressed={question.answered}
                onClick={() => void run('question:answered', { questionId: question.id, answered: !question.answered })}
              >
                {t('questions.markAnswered')}
              </button>
              <button
                type="button"
                className="button secondary tl-small"
                aria-describedby={textId}
                onClick={() => void run('answer:hide', { answerId: question.id, hidden: !question.hidden })}
              >
                {t(question.hidden ? 'liveTeacher.unhide' : 'liveTeacher.hide')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

export const views: KindViews = { kind: 'questions', Board, Teacher };
