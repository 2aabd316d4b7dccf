// A self-assessment's three answers per goal, from "I can" to "I can't yet". Zod-free: the phone,
// the study page, the board and the widget's rules share it.

export const GOAL_LEVELS = ['yes', 'some', 'no'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

/** The catalogue key that names a level ("Ja", "Een beetje", "Nee"). */
export const levelKey = (level: GoalLevel) => `selfAssessment.level.${level}` as const;

/** At most this many goals in one self-assessment (a lesson's goals, or its own list). */
export const MAX_GOALS = 10;

/** Whether `levels` answers every one of `count` goals with a known level. */
export const answersEveryGoal = (levels: readonly string[], count: number): boolean =>
  levels.length === count && levels.every((level) => (GOAL_LEVELS as readonly string[]).includes(level));

/** The goals a self-assessment asks about: its own, or the lesson's first `MAX_GOALS`. */
export const assessedGoals = (own: readonly string[] | undefined, lesson: readonly string[]): string[] => [
  ...(own ?? lesson.slice(0, MAX_GOALS)),
];
