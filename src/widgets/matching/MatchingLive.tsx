import { useId, useState } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { ItemStatus, SendButton } from '../live/AnswerStatus.tsx';
import { AnswerVerdict } from '../live/AnswerVerdict.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';
import { MatchBoard } from './MatchBoard.tsx';
import { isComplete, type Pairs } from './match-logic.ts';
import './matching.css';

interface Props extends DeckContext {
  id: string;
  question: string;
  lefts: string[];
  /** The right column, shuffled (see `shownRights`): which pairs are right stays on the server until revealed. */
  rights: string[];
}

/** Matching on a student's phone in a live lesson: make every pair, then send; the verdict once revealed. */
export default function MatchingLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, locked, mine, reveal, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const count = props.lefts.length;
  const [draft, setDraft] = useState<Pairs>(() => Array.from({ length: count }, () => -1));
  const groupId = useId();
  const sentValue = mine && mine.status !== 'refused' && mine.value.kind === 'matching' && 'pairs' in mine.value ? mine.value.pairs : null;
  const sent = Array.isArray(sentValue) && isComplete(sentValue, count) ? sentValue : null;
  const right = reveal?.correct;
  const marks = right && sent ? sent.map((shown, left) => right[left] === `${props.lefts[left]} → ${props.rights[shown]}`) : undefined;
  const allRight = marks?.every(Boolean) === true;

  return (
    <div ref={area} tabIndex={-1} className="widget matching live-item" data-widget="matching" data-live-open={open ? 'true' : undefined}>
      <MatchBoard
        groupId={groupId}
        question={props.question}
        instruction={mayAnswer ? t('matching.instruction') : undefined}
        lefts={props.lefts}
        rights={props.rights}
        pairs={mayAnswer ? draft : (sent ?? draft)}
        onChange={setDraft}
        disabled={!mayAnswer}
        marks={marks}
        t={t}
      />
      {mayAnswer && (
        <SendButton disabled={!isComplete(draft, count)} onSend={() => submitAnswer(props.id, { kind: 'matching', pairs: draft })} t={t} />
      )}
      <ItemStatus locked={locked} open={open} answered={!!sent} wasOpened={wasOpened} mine={mine} t={t} />
      {right && sent && (
        <AnswerVerdict
          status
          right={allRight}
          rightText={t('matching.right')}
          wrongText={t('matching.wrong')}
          answer={right}
          explanation={reveal?.explanation}
        />
      )}
    </div>
  );
}
