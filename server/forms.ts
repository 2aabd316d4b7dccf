import type { ZodError } from 'zod';
import type { Translate } from '../src/i18n/index.ts';

type TeacherField = 'email' | 'name' | 'password';

/** Field errors from the account schema, in the reader's language (one per field). */
export function fieldErrors(error: ZodError, t: Translate): Partial<Record<TeacherField, string>> {
  const errors: Partial<Record<TeacherField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === 'email' || field === 'name' || field === 'password') errors[field] ??= t(`teacher.error.${field}`);
  }
  return errors;
}

/** Text fields of a submitted form as strings ('' when missing). */
export function formText(form: FormData, ...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? '')]));
}
