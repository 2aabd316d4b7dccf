import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';
import { AskForm } from './AskForm.tsx';
import { QUESTIONS_MAX_PER_STUDENT } from './limits.ts';
import { MyQuestions } from './MyQuestions.tsx';
import './questions.css';

interface Props extends DeckContext {
  id: string;
  prompt: string;
}

/**
 * The class's questions on the board before the round (what it is for) and in study mode, where a
 * student writes down what they still want to ask; the list is kept on the device.
 */
export default function QuestionsWidget(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const [stored, save] = useStudyAnswer<string[]>(props.lesson, props.id);
  const written = Array.isArray(stored) ? stored.filter((text): text is string => typeof text === 'string') : [];
  // At home there is no class to vote: a few more questions than in the lesson are fine, not a hundred.
  const room = QUESTIONS_MAX_PER_STUDENT * 2;

  if (props.mode !== 'study')
    return (
      <div className="widget questions" data-widget="questions">
        <p className="widget-question">{props.prompt}</p>
        <p className="hint">{t('questions.presentHint')}</p>
      </div>
    );
  return (
    <div className="widget questions" data-widget="questions">
      <AskForm
        prompt={props.prompt}
        action={t('questions.keep')}
        full={written.length >= room}
        disabled={!hydrated}
        onAsk={(text) => save([...written, text])}
        t={t}
      >
        <p className="hint">{t('questions.studyIntro')}</p>
      </AskForm>
      <MyQuestions
        heading={t('questions.studyMine')}
        questions={written.map((text, index) => ({ text, index }))}
        keyOf={(question) => `${question.index}:${question.text}`}
        textOf={(question) => question.text}
        remove={{
          label: 'questions.remove',
          done: 'questions.removed',
          onRemove: (question) => save(written.filter((_, index) => index !== question.index)),
          onUndo: (question) => save([...written.slice(0, question.index), question.text, ...written.slice(question.index)]),
          canUndo: written.length < room,
        }}
        empty={t('questions.studyEmpty')}
        t={t}
      />
    </div>
  );
}
