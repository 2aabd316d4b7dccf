import { useId, useState } from 'react';
import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';
import { AnswerVerdict } from '../live/AnswerVerdict.tsx';
import { isRightOrder, startOrder, type Order } from './order-logic.ts';
import { OrderList } from './OrderList.tsx';
import type { OrderingProps } from './widget.ts';
import './ordering.css';

type Props = OrderingProps &
  DeckContext & {
    /** On the board of a live lesson the session holds the reveal (so the phones follow it): given, the button asks for it. */
    reveal?: { shown: boolean; toggle: () => void };
  };

/** Ordering on the board (the shuffled items; the right order once revealed) or in study mode, checked on the device. */
export default function OrderingWidget(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const [checked, saveChecked] = useStudyAnswer<Order>(props.lesson, props.id);
  const [draft, setDraft] = useState<Order>(() => startOrder(props.id, props.items.length));
  const [ownReveal, setOwnReveal] = useState(false);
  const groupId = useId();
  const study = props.mode === 'study';
  const revealed = props.reveal ? props.reveal.shown : ownReveal;
  const order = study ? (checked ?? draft) : revealed ? props.items.map((_, index) => index) : draft;
  const marks = study && checked ? checked.map((authored, position) => authored === position) : undefined;
  const right = checked ? isRightOrder(checked) : false;

  return (
    <div className="widget ordering" data-widget="ordering" data-answered={checked ? 'true' : undefined}>
      <OrderList
        groupId={groupId}
        question={props.question}
        instruction={study && !checked ? t('ordering.instruction') : undefined}
        items={props.items}
        order={order}
        onChange={setDraft}
        disabled={!study || checked !== undefined || !hydrated}
        marks={marks}
        t={t}
      />
      {study && !checked && (
        <div className="widget-actions">
          <button type="button" className="button" disabled={!hydrated} onClick={() => saveChecked(draft)}>
            {t('ordering.check')}
          </button>
        </div>
      )}
      {!study && (
        <div className="widget-actions">
          <button type="button" className="button secondary" onClick={props.reveal?.toggle ?? (() => setOwnReveal(!ownReveal))}>
            {revealed ? t('quiz.hide') : t('quiz.reveal')}
          </button>
        </div>
      )}
      <div role="status" className="feedback-region">
        {study && checked && (
          <AnswerVerdict
            right={right}
            rightText={t('ordering.right')}
            wrongText={t('ordering.wrong')}
            answer={props.items}
            numbered
            explanation={props.explanation}
          >
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setDraft(startOrder(props.id, props.items.length));
                saveChecked(undefined);
              }}
            >
              {t('ordering.retry')}
            </button>
          </AnswerVerdict>
        )}
        {!study && revealed && props.explanation && <p className="explanation">{props.explanation}</p>}
      </div>
    </div>
  );
}
