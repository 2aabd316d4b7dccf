import type { AstroCookies } from 'astro';
import type { Translate } from '../../src/i18n/index.ts';
import type { RegisteredLesson } from '../lessons/registry.ts';
import type { AppServices } from '../services.ts';
import { buildReport, type Report } from './report.ts';
import { currentTeacher } from './session.ts';

export type OwnedSession =
  | {
      ok: true;
      lesson: RegisteredLesson;
      /** The session's report, the app's own words in `t`'s language. */
      report: (t?: Translate) => Promise<Report>;
      sessionId: string;
      code: string;
      createdAt: number;
    }
  | { ok: false; status: 'login' | 'not_found' };

/** A live session of the logged-in teacher (never another teacher's), with its lesson and report. */
export async function ownedSession(services: AppServices, cookies: AstroCookies, sessionId: string): Promise<OwnedSession> {
  const teacher = await currentTeacher(services, cookies);
  if (!teacher) return { ok: false, status: 'login' };
  const { store, lessons } = services;
  const live = await store.findLiveSessionById(sessionId);
  const lesson = live && live.teacherId === teacher.id ? lessons.find(live.lessonSlug) : undefined;
  // A class's roster session has no lesson and no answers: there is no report of it.
  if (!live || !lesson || (await store.findClassBySession(live.id))) return { ok: false, status: 'not_found' };
  return {
    ok: true,
    lesson,
    sessionId: live.id,
    code: live.code,
    createdAt: live.createdAt,
    report: async (t?: Translate) => {
      const [participants, answers] = await Promise.all([
        store.listParticipants(live.id, { includeRemoved: true }),
        store.listAnswers(live.id),
      ]);
      // Asked: every item the teacher opened, now closed or still open.
      const asked = [...live.state.closedItems, ...(live.state.openItem ? [live.state.openItem.id] : [])];
      return buildReport(lesson.reportItems, participants, answers, asked, undefined, t);
    },
  };
}
