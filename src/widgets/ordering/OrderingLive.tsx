import { useId, useState } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { ItemStatus, SendButton } from '../live/AnswerStatus.tsx';
import { AnswerVerdict } from '../live/AnswerVerdict.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';
import { isOrderOf, type Order } from './order-logic.ts';
import { OrderList } from './OrderList.tsx';
import './ordering.css';

interface Props extends DeckContext {
  id: string;
  question: string;
  /** The items, shuffled (see `shownItems`): which order is right stays on the server until revealed. */
  items: string[];
}

/** Ordering on a student's phone in a live lesson: drag or move the items, then send; the verdict once revealed. */
export default function OrderingLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, locked, mine, reveal, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const [draft, setDraft] = useState<Order>(() => props.items.map((_, index) => index));
  const groupId = useId();
  const sentValue = mine && mine.status !== 'refused' && mine.value.kind === 'ordering' && 'order' in mine.value ? mine.value.order : null;
  const sent = Array.isArray(sentValue) && isOrderOf(sentValue, props.items.length) ? sentValue : null;
  const right = reveal?.correct;
  const marks = right && sent ? sent.map((shown, position) => props.items[shown] === right[position]) : undefined;
  const sentRight = marks?.every(Boolean) === true;

  return (
    <div ref={area} tabIndex={-1} className="widget ordering live-item" data-widget="ordering" data-live-open={open ? 'true' : undefined}>
      <OrderList
        groupId={groupId}
        question={props.question}
        instruction={mayAnswer ? t('ordering.instruction') : undefined}
        items={props.items}
        order={mayAnswer ? draft : (sent ?? draft)}
        onChange={setDraft}
        disabled={!mayAnswer}
        marks={marks}
        t={t}
      />
      {mayAnswer && <SendButton onSend={() => submitAnswer(props.id, { kind: 'ordering', order: draft })} t={t} />}
      <ItemStatus locked={locked} open={open} answered={!!sent} wasOpened={wasOpened} mine={mine} t={t} />
      {right && sent && (
        <AnswerVerdict
          status
          numbered
          right={sentRight}
          rightText={t('ordering.right')}
          wrongText={t('ordering.wrong')}
          answer={right}
          explanation={reveal?.explanation}
        />
      )}
    </div>
  );
}
