import { useId, useState } from 'react';
import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';
import { AnswerVerdict } from '../live/AnswerVerdict.tsx';
import { MatchBoard } from './MatchBoard.tsx';
import { isComplete, rightStart, shownRights, type Pairs } from './match-logic.ts';
import type { MatchingProps } from './widget.ts';
import './matching.css';

type Props = MatchingProps & DeckContext;

/** Matching on the board (to read) or in study mode, where the student's pairs are checked on the device. */
export default function MatchingWidget(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const count = props.pairs.length;
  const [checked, saveChecked] = useStudyAnswer<Pairs>(props.lesson, props.id);
  const [draft, setDraft] = useState<Pairs>(() => Array.from({ length: count }, () => -1));
  const [hint, setHint] = useState('');
  const groupId = useId();
  const study = props.mode === 'study';
  const rights = shownRights(props);
  const start = rightStart(props.id, count);
  const lefts = props.pairs.map((pair) => pair[0]);
  const marks = study && checked ? checked.map((shown, left) => start[shown] === left) : undefined;
  const right = marks?.every(Boolean) === true;

  const check = () => {
    if (!isComplete(draft, count)) return setHint(t('matching.notDone'));
    setHint('');
    saveChecked(draft);
  };

  return (
    <div className="widget matching" data-widget="matching" data-answered={checked ? 'true' : undefined}>
      <MatchBoard
        groupId={groupId}
        question={props.question}
        instruction={study && !checked ? t('matching.instruction') : undefined}
        lefts={lefts}
        rights={rights}
        pairs={checked ?? draft}
        onChange={setDraft}
        disabled={!study || checked !== undefined || !hydrated}
        marks={marks}
        t={t}
      />
      {study && !checked && (
        <div className="widget-actions">
          <button type="button" className="button" disabled={!hydrated} onClick={check}>
            {t('matching.check')}
          </button>
          {hint && (
            <p className="hint" role="alert">
              {hint}
            </p>
          )}
        </div>
      )}
      <div role="status" className="feedback-region">
        {study && checked && (
          <AnswerVerdict
            right={right}
            rightText={t('matching.right')}
            wrongText={t('matching.wrong')}
            answer={props.pairs.map(([left, match]) => `${left} → ${match}`)}
            explanation={props.explanation}
          >
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setDraft(Array.from({ length: count }, () => -1));
                saveChecked(undefined);
              }}
            >
              {t('matching.retry')}
            </button>
          </AnswerVerdict>
        )}
      </div>
    </div>
  );
}
