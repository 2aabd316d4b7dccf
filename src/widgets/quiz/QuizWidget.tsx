import { useId, useState } from 'react';
import type { QuizProps } from './widget.ts';
import { correctLetters } from '../../shared/lesson/widget-values.ts';
import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';
import { OptionList } from '../options/OptionList.tsx';
import { correctAnswerText, gradeQuiz, isMultipleChoice, type QuizAttempt } from './quiz-logic.ts';

type Props = QuizProps &
  DeckContext & {
    /** On the board of a live lesson the session holds the reveal (so the phones follow it): given, the button asks for it. */
    reveal?: { shown: boolean; toggle: () => void };
  };

/** A quiz: on the board the teacher can reveal the answer; in study mode the student gets feedback. */
export default function QuizWidget(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const [attempt, saveAttempt] = useStudyAnswer<QuizAttempt>(props.lesson, props.id);
  const [picked, setPicked] = useState<string[]>([]);
  const [ownReveal, setOwnReveal] = useState(false);
  const revealed = props.reveal ? props.reveal.shown : ownReveal;
  const toggleReveal = props.reveal?.toggle ?? (() => setOwnReveal(!ownReveal));
  const [hint, setHint] = useState('');
  const multiple = isMultipleChoice(props);
  const right = new Set(correctLetters(props));
  const legendId = useId();
  const study = props.mode === 'study';
  const answered = study && attempt !== undefined;
  const showAnswer = answered || (!study && revealed);
  const chosen = attempt?.chosen ?? picked;

  const check = () => {
    if (chosen.length === 0) {
      setHint(t('quiz.pickFirst'));
      return;
    }
    setHint('');
    saveAttempt({ chosen, correct: gradeQuiz(props, chosen) });
  };
  const retry = () => {
    saveAttempt(undefined);
    setPicked([]);
  };

  return (
    <div className="widget quiz" data-widget="quiz" data-answered={answered ? 'true' : undefined}>
      <OptionList
        groupId={legendId}
        question={props.question}
        instruction={multiple ? t('quiz.chooseMany') : t('quiz.choose')}
        options={props.options}
        multiple={multiple}
        chosen={chosen}
        onChange={setPicked}
        disabled={!study || answered || !hydrated}
        right={showAnswer ? right : undefined}
        describedBy={hint ? `${legendId}-hint` : undefined}
        t={t}
      />
      {study && !answered && (
        <div className="widget-actions">
          <button type="button" className="button" onClick={check}>{t('quiz.check')}</button>
          {hint && <p id={`${legendId}-hint`} className="hint" role="alert">{hint}</p>}
        </div>
      )}
      {!study && (
        <div className="widget-actions">
          <button type="button" className="button secondary" onClick={toggleReveal}>
            {revealed ? t('quiz.hide') : t('quiz.reveal')}
          </button>
        </div>
      )}
      <div role="status" className="feedback-region">
        {answered && attempt && (
          <div className={`feedback ${attempt.correct ? 'good' : 'bad'}`}>
            <p className="feedback-verdict">{attempt.correct ? t('quiz.correct') : t('quiz.wrong')}</p>
            {!attempt.correct && <p>{t('quiz.correctWas', { answer: correctAnswerText(props) })}</p>}
            {props.explanation && <p className="explanation">{props.explanation}</p>}
            <button type="button" className="button secondary" onClick={retry}>{t('quiz.retry')}</button>
          </div>
        )}
        {!study && revealed && props.explanation && <p className="explanation">{props.explanation}</p>}
      </div>
    </div>
  );
}
