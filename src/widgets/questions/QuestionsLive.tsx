import { useStore } from '@nanostores/react';
import { $classEntries, $delivered } from '../../live/stores.ts';
import { submitAnswer } from '../../live/connection.ts';
import { useHydrated, useTranslate, type DeckContext } from '../common.ts';
import { ItemStatus } from '../live/AnswerStatus.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';
import { AskForm } from './AskForm.tsx';
import { asQuestionsAnswer, withoutQuestion, withQuestion, withQuestionBack, withVote, type QuestionsAnswer } from './limits.ts';
import { MyQuestions } from './MyQuestions.tsx';
import { ClassQuestions } from './ClassQuestions.tsx';
import './questions.css';

interface Props extends DeckContext {
  id: string;
  prompt: string;
  perStudent: number;
}

/**
 * The class's questions on a student's phone: ask (anonymous to the class), take a question back,
 * and vote "Ik ook" for others'. Every post or vote is the student's whole answer again, kept on the
 * phone until the server has it.
 */
export default function QuestionsLive(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const { open, mine, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const entriesNow = useStore($classEntries)[props.id];
  const deliveredNow = useStore($delivered)[props.id];
  // What the student asked and voted: the newest on the phone, or what the server has when that was refused.
  const answer = asQuestionsAnswer(mine && mine.status !== 'refused' ? mine.value : hydrated ? deliveredNow : undefined);
  const entries = hydrated ? (entriesNow ?? []) : [];
  const left = props.perStudent - answer.asked.length;
  const send = (next: QuestionsAnswer) => submitAnswer(props.id, next);

  return (
    <div ref={area} tabIndex={-1} className="widget questions live-item" data-widget="questions" data-live-open={open ? 'true' : undefined}>
      {open ? (
        <AskForm
          prompt={props.prompt}
          action={t('questions.ask')}
          full={left <= 0}
          onAsk={(text) => send(withQuestion(answer, text))}
          t={t}
        >
          <p className="hint">
            {left > 0 ? t('questions.left', { n: left, max: props.perStudent }) : t('questions.full', { max: props.perStudent })}{' '}
            {t('questions.anonymous')}
          </p>
        </AskForm>
      ) : (
        <p className="widget-question">{props.prompt}</p>
      )}
      <MyQuestions
        heading={t('questions.mine')}
        questions={answer.asked}
        keyOf={(question) => question.n}
        textOf={(question) => question.text}
        remove={
          open
            ? {
                label: 'questions.withdraw',
                done: 'questions.withdrawn',
                onRemove: (question) => send(withoutQuestion(answer, question.n)),
                onUndo: (question) => send(withQuestionBack(answer, question)),
                canUndo: left > 0,
              }
            : undefined
        }
        t={t}
      />
      {(open || entries.length > 0) && (
        <ClassQuestions
          entries={entries}
          votes={answer.votes}
          onVote={open ? (id, on) => send(withVote(answer, id, on)) : undefined}
          t={t}
        />
      )}
      <ItemStatus
        locked={false}
        open={open}
        answered={answer.asked.length > 0 || answer.votes.length > 0}
        wasOpened={wasOpened}
        mine={mine}
        t={t}
      />
    </div>
  );
}
