import type { ReactNode } from 'react';

interface Props {
  /** Whether the student's answer was right. */
  right: boolean;
  /** The verdict in words, right and wrong. */
  rightText: string;
  wrongText: string;
  /** The right answer as lines, shown when the student's was wrong; numbered when the order matters. None where it is shown otherwise (a hotspot's areas on the image). */
  answer?: readonly string[];
  numbered?: boolean;
  explanation?: string | undefined;
  /** A live region of its own (on a phone); in study mode the widget's feedback region is one. */
  status?: boolean;
  /** What follows the verdict (a "try again" button). */
  children?: ReactNode;
}

/** Right or wrong for an answer with a right answer of several parts (an order, pairs), with the right one and why. */
export function AnswerVerdict({ right, rightText, wrongText, answer, numbered, explanation, status, children }: Props) {
  const List = numbered ? 'ol' : 'ul';
  return (
    <div role={status ? 'status' : undefined} className={`feedback ${right ? 'good' : 'bad'}`}>
      <p className="feedback-verdict">{right ? rightText : wrongText}</p>
      {!right && answer && answer.length > 0 && (
        <List className="verdict-answer">
          {answer.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </List>
      )}
      {explanation && <p className="explanation">{explanation}</p>}
      {children}
    </div>
  );
}
