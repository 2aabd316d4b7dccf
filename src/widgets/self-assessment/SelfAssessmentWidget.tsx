import { useId, useState } from 'react';
import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';
import { everyLevel, GoalLevels, withLevel } from './GoalLevels.tsx';
import { answersEveryGoal, type GoalLevel } from './levels.ts';
import './self-assessment.css';

interface Props extends DeckContext {
  id: string;
  question?: string | undefined;
  goals: string[];
}

/** A self-assessment on the board (to read) or in study mode, where the student's levels are kept on the device. */
export default function SelfAssessmentWidget(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const [stored, save] = useStudyAnswer<GoalLevel[]>(props.lesson, props.id);
  const count = props.goals.length;
  // What was kept for other goals (the lesson's goals changed since) counts as not saved.
  const saved = stored && answersEveryGoal(stored, count) ? stored : undefined;
  const [picked, setPicked] = useState<(GoalLevel | null)[]>(() => Array.from({ length: count }, () => null));
  const groupId = useId();
  const study = props.mode === 'study';
  const complete = everyLevel(picked, count);

  return (
    <div className="widget self-assessment" data-widget="selfAssessment">
      <GoalLevels
        groupId={groupId}
        question={props.question ?? t('selfAssessment.question')}
        instruction={study && saved === undefined ? t('selfAssessment.instruction') : undefined}
        goals={props.goals}
        levels={saved ?? picked}
        onChange={(goal, level) => setPicked(withLevel(picked, count, goal, level))}
        disabled={!study || saved !== undefined || !hydrated}
        t={t}
      />
      {study && saved === undefined && (
        <div className="widget-actions">
          <button type="button" className="button" disabled={!hydrated || !complete} onClick={() => complete && save(complete)}>
            {t('selfAssessment.save')}
          </button>
          {!complete && <p className="hint">{t('selfAssessment.everyGoal')}</p>}
        </div>
      )}
      <div role="status" className="feedback-region">
        {study && saved !== undefined && (
          <div className="feedback neutral">
            <p>{t(saved.every((level) => level === 'yes') ? 'selfAssessment.allYes' : 'selfAssessment.saved')}</p>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setPicked(saved);
                save(undefined);
              }}
            >
              {t('selfAssessment.change')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
