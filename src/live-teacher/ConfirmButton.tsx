import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** Content of the first button (its accessible name). */
  children: ReactNode;
  /** The question asked before anything happens. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Runs after the second step; resolves true when it worked. */
  onConfirm(): Promise<boolean>;
  className?: string;
}

/**
 * A button for something that cannot be undone: the first press asks, the second does it.
 * Focus moves to the confirm button and back to the first button on cancel (Escape cancels too).
 */
export function ConfirmButton(props: Props) {
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);

  const cancel = () => {
    setAsking(false);
    trigger.current?.focus();
  };
  const go = async () => {
    if (await props.onConfirm()) setAsking(false);
  };

  return (
    <span className="tl-confirm">
      <button
        ref={trigger}
        type="button"
        className={props.className ?? 'button secondary'}
        aria-expanded={asking}
        onClick={() => (asking ? cancel() : setAsking(true))}
      >
        {props.children}
      </button>
      {asking && (
        <span
          className="tl-confirm-ask"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <span id={questionId} className="tl-confirm-question">
            {props.question}
          </span>
          <button ref={confirm} type="button" className="button tl-danger" onClick={() => void go()}>
            {props.confirmLabel}
          </button>
          <button type="button" className="button secondary" onClick={cancel}>
            {props.cancelLabel}
          </button>
        </span>
      )}
    </span>
  );
}
