import { useId, useState } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { ItemStatus, SendButton } from '../live/AnswerStatus.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';
import { everyLevel, GoalLevels, withLevel } from './GoalLevels.tsx';
import { answersEveryGoal, type GoalLevel } from './levels.ts';
import './self-assessment.css';

interface Props extends DeckContext {
  id: string;
  question?: string | undefined;
  goals: string[];
}

/** A self-assessment on a student's phone in a live lesson: a level for every goal, then send (and change while allowed). */
export default function SelfAssessmentLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, locked, mine, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const count = props.goals.length;
  const [draft, setDraft] = useState<(GoalLevel | null)[] | null>(null);
  const groupId = useId();
  const sentValue =
    mine && mine.status !== 'refused' && mine.value.kind === 'selfAssessment' && 'levels' in mine.value ? mine.value.levels : null;
  const sent = Array.isArray(sentValue) && answersEveryGoal(sentValue, count) ? (sentValue as GoalLevel[]) : null;
  const levels = draft ?? sent ?? Array.from({ length: count }, () => null);
  const complete = everyLevel(levels, count);

  return (
    <div
      ref={area}
      tabIndex={-1}
      className="widget self-assessment live-item"
      data-widget="selfAssessment"
      data-live-open={open ? 'true' : undefined}
    >
      <GoalLevels
        groupId={groupId}
        question={props.question ?? t('selfAssessment.question')}
        instruction={mayAnswer ? t('selfAssessment.instruction') : undefined}
        goals={props.goals}
        levels={levels}
        onChange={(goal, level) => setDraft(withLevel(levels, count, goal, level))}
        disabled={!mayAnswer}
        t={t}
      />
      {mayAnswer && (
        <SendButton
          disabled={!complete || draft === null}
          onSend={() => {
            if (!complete) return;
            submitAnswer(props.id, { kind: 'selfAssessment', levels: complete });
            setDraft(null);
          }}
          t={t}
        >
          {!complete && <p className="hint">{t('selfAssessment.everyGoal')}</p>}
        </SendButton>
      )}
      <ItemStatus locked={locked} open={open} answered={!!sent} wasOpened={wasOpened} mine={mine} t={t} />
    </div>
  );
}
