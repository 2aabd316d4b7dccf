import { checkStudentName, isOffensive, type NameProblem } from '../../src/shared/names.ts';

export const CLASS_NAME_MAX_LENGTH = 40;
/** Students one class may hold; more is a pasted export gone wrong, not a class. */
export const CLASS_MAX_STUDENTS = 80;

/** A usable student name from the pasted list, with the (1-based) line it came from. */
export interface RosterStudent {
  line: number;
  name: string;
  /** The name key the live lesson uses too (case, accents, spacing), see `checkStudentName`. */
  key: string;
}

export type RosterProblem = Exclude<NameProblem, 'empty'> | 'duplicate';

/** A line that cannot become a student, with what was typed and why. */
export interface RosterError {
  line: number;
  text: string;
  problem: RosterProblem;
  /** For 'duplicate': the earlier line with the same name. */
  firstLine?: number;
}

/**
 * Reads a class list pasted from the school system: one name per line. Empty lines are skipped;
 * every other line is either a student or an error naming that line. Names follow the rules of
 * joining a live lesson (`checkStudentName`); a name whose key an earlier line already has is a
 * 'duplicate' of that line.
 */
export function parseRoster(text: string): { students: RosterStudent[]; errors: RosterError[] } {
  const students: RosterStudent[] = [];
  const errors: RosterError[] = [];
  const firstLineOf = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const checked = checkStudentName(raw);
    if (!checked.ok) {
      if (checked.problem !== 'empty') errors.push({ line, text: raw.trim(), problem: checked.problem });
      return;
    }
    const firstLine = firstLineOf.get(checked.key);
    if (firstLine !== undefined) {
      errors.push({ line, text: checked.name, problem: 'duplicate', firstLine });
      return;
    }
    firstLineOf.set(checked.key, line);
    students.push({ line, name: checked.name, key: checked.key });
  });
  return { students, errors };
}

export type ClassNameProblem = 'empty' | 'too_long' | 'offensive';

/** A class name ("MV3A", "Retail 2B"), trimmed with single spaces, or why it cannot be used. */
export function checkClassName(input: string): { ok: true; name: string } | { ok: false; problem: ClassNameProblem } {
  const name = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, problem: 'empty' };
  if ([...name].length > CLASS_NAME_MAX_LENGTH) return { ok: false, problem: 'too_long' };
  if (isOffensive(name)) return { ok: false, problem: 'offensive' };
  return { ok: true, name };
}
