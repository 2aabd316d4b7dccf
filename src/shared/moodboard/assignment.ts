/** An assignment as a lesson declares it with `<Assignment>`, and what the class has done with it. */

/** A required part of the assignment; ids are stable as long as the author keeps the order. */
export interface AssignmentPart {
  id: string;
  text: string;
}

export interface AssignmentSpec {
  /** `module/lesson` of the lesson that declares it. */
  lessonSlug: string;
  /** The widget id in the lesson. */
  id: string;
  title: string;
  /** The brief: the text inside `<Assignment>…</Assignment>`, as plain text; paragraphs are apart by an empty line. */
  brief: string;
  parts: AssignmentPart[];
  explanationRequired: boolean;
}

/** The brief's paragraphs, to show one by one (a paragraph may hold line breaks, e.g. list items). */
export const briefParagraphs = (brief: string): string[] =>
  brief
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** Part ids are `deel-1`, `deel-2`, … in the order the author lists them. */
export const assignmentParts = (parts: readonly string[] | undefined): AssignmentPart[] =>
  (parts ?? []).map((text, index) => ({ id: `deel-${index + 1}`, text }));

export const WORK_STATUSES = ['notStarted', 'working', 'handedIn', 'late'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/**
 * Where a student is with a handed-out assignment:
 * - `handedIn`: the newest version was handed in on time;
 * - `late`: the newest version came after the deadline, or there is none and the deadline passed
 *   while the student had started or not;
 * - `working`: the board was changed at least once and nothing is handed in (deadline not passed);
 * - `notStarted`: nothing yet.
 */
export function workStatus(input: { started: boolean; lastHandIn: { late: boolean } | null; deadline: number; now: number }): WorkStatus {
  if (input.lastHandIn) return input.lastHandIn.late ? 'late' : 'handedIn';
  if (input.now > input.deadline) return 'late';
  return input.started ? 'working' : 'notStarted';
}

/** Grades a teacher can give: O/V/G, or a Dutch mark from 1.0 to 10.0. */
export const LETTER_GRADES = ['O', 'V', 'G'] as const;

/** The grade as stored ("O", "V", "G" or a mark like "7.5"), or null when the input is not one. */
export function parseGrade(input: string): string | null {
  const value = input.trim().toUpperCase();
  if (value === '') return null;
  if ((LETTER_GRADES as readonly string[]).includes(value)) return value;
  const mark = Number(value.replace(',', '.'));
  if (!/^\d{1,2}([.,]\d)?$/.test(value) || !Number.isFinite(mark) || mark < 1 || mark > 10) return null;
  return String(Math.round(mark * 10) / 10);
}

/** The assignments a lesson declares, from its checked widgets. */
export function lessonAssignments(
  lessonSlug: string,
  widgets: readonly { kind: string; id: string | undefined; props: Record<string, unknown>; text?: string }[],
): AssignmentSpec[] {
  return widgets.flatMap((widget) => {
    if (widget.kind !== 'assignment' || !widget.id) return [];
    const parts = Array.isArray(widget.props.parts) ? widget.props.parts.map(String) : [];
    return [
      {
        lessonSlug,
        id: widget.id,
        title: String(widget.props.title ?? widget.id),
        brief: widget.text ?? '',
        parts: assignmentParts(parts),
        explanationRequired: widget.props.explanationRequired === true,
      },
    ];
  });
}
