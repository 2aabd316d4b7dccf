import type { ReactNode } from 'react';
import type { Translate } from '../i18n/index.ts';

interface Props {
  summary: string;
  /** Open to begin with (names need not be hidden when the lesson is not anonymous). */
  open: boolean;
  t: Translate;
  children: ReactNode;
}

/**
 * A part of the panel with students' names, marked "only for you" and folded away while the
 * lesson is anonymous, because the teacher's screen is often the one on the board.
 */
export function TeacherOnly({ summary, open, t, children }: Props) {
  return (
    <details className="tl-teacher-only" open={open}>
      <summary>
        <span className="tl-badge">{t('liveTeacher.teacherOnly')}</span> {summary}
      </summary>
      <div className="tl-teacher-only-body">{children}</div>
    </details>
  );
}
