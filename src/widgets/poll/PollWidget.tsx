import { useId, useState } from 'react';
import type { PollProps } from './widget.ts';
import { OptionList } from '../options/OptionList.tsx';
import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';

type Props = PollProps & DeckContext;

/** A poll: no right answer; in study mode the student's own vote is kept on the device. */
export default function PollWidget(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const [vote, saveVote] = useStudyAnswer<string[]>(props.lesson, props.id);
  const [picked, setPicked] = useState<string[]>([]);
  const [hint, setHint] = useState('');
  const legendId = useId();
  const multiple = props.multiple === true;
  const study = props.mode === 'study';
  const chosen = vote ?? picked;
  const answerText = chosen.map((letter) => props.options[letter.charCodeAt(0) - 65]).join(', ');

  const submit = () => {
    if (picked.length === 0) return setHint(t('quiz.pickFirst'));
    setHint('');
    saveVote(picked);
  };

  return (
    <div className="widget poll" data-widget="poll">
      <OptionList
        groupId={legendId}
        question={props.question}
        options={props.options}
        multiple={multiple}
        chosen={chosen}
        onChange={setPicked}
        disabled={!study || vote !== undefined || !hydrated}
        t={t}
      />
      {study && vote === undefined && (
        <div className="widget-actions">
          <button type="button" className="button" onClick={submit}>{t('poll.vote')}</button>
          {hint && <p className="hint" role="alert">{hint}</p>}
        </div>
      )}
      <div role="status" className="feedback-region">
        {study && vote !== undefined && (
          <div className="feedback neutral">
            <p>{t('poll.voted', { answer: answerText })}</p>
            <button type="button" className="button secondary" onClick={() => { setPicked(vote); saveVote(undefined); }}>
              {t('poll.change')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
