import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/index.ts';
import { lettersOf, toggleChoice } from '../quiz/quiz-logic.ts';

export interface OptionListProps {
  /** Id prefix shared by the legend and the inputs' group name. */
  groupId: string;
  question: string;
  instruction?: string;
  options: readonly string[];
  multiple: boolean;
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  disabled: boolean;
  /** Letters to mark as right (after an answer or a reveal); none while unknown. */
  right?: ReadonlySet<string>;
  describedBy?: string;
  t: Translate;
  children?: ReactNode;
}

/** The options of a quiz or poll as large touch targets: one radio or checkbox per option, lettered. */
export function OptionList(props: OptionListProps) {
  const letters = lettersOf(props.options);
  const showRight = props.right !== undefined && props.right.size > 0;
  return (
    <fieldset aria-describedby={props.describedBy}>
      <legend id={props.groupId} className="widget-question">{props.question}</legend>
      {props.instruction && <p className="widget-instruction">{props.instruction}</p>}
      {/* Five or more options get a grid on the board (see deck.css), so they can stay large. */}
      <ul className="options" role="list" data-many={props.options.length >= 5 ? 'true' : undefined}>
        {props.options.map((option, index) => {
          const letter = letters[index] ?? '';
          const isChosen = props.chosen.includes(letter);
          const isRight = props.right?.has(letter) === true;
          const state = showRight ? (isRight ? 'correct' : isChosen ? 'wrong' : 'other') : isChosen ? 'chosen' : 'other';
          return (
            <li key={letter} data-state={state}>
              <label className="option">
                <input
                  type={props.multiple ? 'checkbox' : 'radio'}
                  name={`${props.groupId}-choice`}
                  value={letter}
                  checked={isChosen}
                  disabled={props.disabled}
                  onChange={() => props.onChange(toggleChoice(props.chosen, letter, props.multiple))}
                />
                <span className="option-letter" aria-hidden="true">{letter}</span>
                <span className="option-text">{option}</span>
                {showRight && isRight && (
                  <span className="option-mark">
                    ✓ <span className="visually-hidden">{props.t('quiz.isCorrect')}</span>
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      {props.children}
    </fieldset>
  );
}
