import type { Translate } from '../../i18n/index.ts';
import { GOAL_LEVELS, levelKey, type GoalLevel } from './levels.ts';

export interface GoalLevelsProps {
  /** Id prefix of the headings and the radio groups' names. */
  groupId: string;
  /** The author's question, or "Kan ik dit?". */
  question: string;
  instruction?: string | undefined;
  goals: readonly string[];
  /** The level chosen per goal; null where none is chosen yet. */
  levels: readonly (GoalLevel | null)[];
  onChange(goal: number, level: GoalLevel): void;
  disabled: boolean;
  t: Translate;
}

/**
 * Per goal a row of three large radio buttons, ja / een beetje / nee (arrow keys move along a row),
 * each goal a group of its own named by the goal's text.
 */
export function GoalLevels(props: GoalLevelsProps) {
  return (
    <div className="goal-levels" role="group" aria-labelledby={props.groupId}>
      <p id={props.groupId} className="widget-question">
        {props.question}
      </p>
      {props.instruction && <p className="widget-instruction">{props.instruction}</p>}
      <ol className="goal-list">
        {props.goals.map((goal, index) => (
          <li key={goal}>
            <fieldset className="goal" data-level={props.levels[index] ?? undefined}>
              <legend className="goal-text">{goal}</legend>
              <div className="goal-choices">
                {GOAL_LEVELS.map((level) => (
                  <label key={level} className="goal-choice" data-choice={level}>
                    <input
                      type="radio"
                      name={`${props.groupId}-goal-${index}`}
                      value={level}
                      checked={props.levels[index] === level}
                      disabled={props.disabled}
                      onChange={() => props.onChange(index, level)}
                    />
                    <span>{props.t(levelKey(level))}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The levels with goal `goal` set to `level`, `count` goals long. */
export const withLevel = (levels: readonly (GoalLevel | null)[], count: number, goal: number, level: GoalLevel): (GoalLevel | null)[] =>
  Array.from({ length: count }, (_, index) => (index === goal ? level : (levels[index] ?? null)));

/** The levels if every goal has one, else null. */
export const everyLevel = (levels: readonly (GoalLevel | null)[], count: number): GoalLevel[] | null =>
  levels.length === count && levels.every((level) => level !== null) ? (levels as GoalLevel[]) : null;
