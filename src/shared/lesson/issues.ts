import type { $ZodIssue } from 'zod/v4/core';
import { lessonIssuesNl, type LessonIssueCode } from '../../i18n/lesson-issues.nl.ts';

export type { LessonIssueCode };

/** A message as a code with its params; a param may itself be a message (the detail of a wrapper). */
export interface IssueText {
  code: LessonIssueCode;
  params?: Readonly<Record<string, IssueParam>> | undefined;
}
export type IssueParam = string | number | IssueText;

/** A problem in a lesson file, with the place it was found (1-based line and column). */
export interface LessonIssue extends IssueText {
  line: number;
  column: number;
  /** The Dutch wording, for the CLI and the build, which speak Dutch; pages word `code` in the reader's language. */
  message: string;
}

/** A lesson file that has problems: it is left out of the site and shown to teachers with its problems. */
export interface BrokenLesson {
  /** Path relative to the working directory, as an author would type it. */
  file: string;
  issues: readonly LessonIssue[];
}

/** The words for every issue code in one language. */
export type LessonIssueCatalogue = Readonly<Record<LessonIssueCode, string>>;

export const isLessonIssueCode = (value: unknown): value is LessonIssueCode =>
  typeof value === 'string' && Object.hasOwn(lessonIssuesNl, value);

/** Words a message in one language, filling `{name}` from its params (nested messages in the same language). */
export function wordIssue(text: IssueText, catalogue: LessonIssueCatalogue = lessonIssuesNl): string {
  return catalogue[text.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = text.params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? wordIssue(value, catalogue) : String(value);
  });
}

/** A message, as schemas and checks hand it on. */
export const issueText = (code: LessonIssueCode, params?: Record<string, IssueParam>): IssueText => (params ? { code, params } : { code });

/** A problem at a place. */
export function lessonIssue(place: { line: number; column: number }, text: IssueText): LessonIssue {
  return { line: place.line, column: place.column, ...text, message: wordIssue(text) };
}

const TYPE_CODES: Record<string, LessonIssueCode> = {
  string: 'lessonIssue.type.string',
  number: 'lessonIssue.type.number',
  boolean: 'lessonIssue.type.boolean',
  array: 'lessonIssue.type.array',
};

/**
 * The message of a zod issue from a lesson schema: the schemas give issue codes as their messages
 * (and custom issues their params); anything else gets a general message by the kind of value.
 */
export function zodIssueText(issue: $ZodIssue): IssueText {
  if (isLessonIssueCode(issue.message)) {
    // Every message may name the field it is about as {prop}; custom issues bring params of their own.
    const own = issue.code === 'custom' ? (issue.params as Record<string, IssueParam> | undefined) : undefined;
    return issueText(issue.message, { prop: String(issue.path.at(-1) ?? ''), ...own });
  }
  const typeCode = issue.code === 'invalid_type' ? TYPE_CODES[issue.expected] : undefined;
  return { code: typeCode ?? 'lessonIssue.invalid' };
}
