import type { LessonIssueCatalogue } from '../shared/lesson/issues.ts';
import type { Language } from './index.ts';
import { lessonIssuesEn } from './lesson-issues.en.ts';
import { lessonIssuesNl } from './lesson-issues.nl.ts';

/** The words for the lesson check's problems in the reader's language (server-rendered pages only). */
export const lessonIssueCatalogue = (lang: Language): LessonIssueCatalogue => (lang === 'en' ? lessonIssuesEn : lessonIssuesNl);
