import { useStore } from '@nanostores/react';
import { useId } from 'react';
import type { Translate } from '../i18n/index.ts';
import { $removedParticipants } from '../live/stores.ts';
import { TeacherOnly } from './TeacherOnly.tsx';
import { useRunCommand } from './use-commands.ts';

/**
 * Students the teacher removed: their phones stay out of the lesson, under any name, until the
 * teacher lets them back in here; they then come back as themselves, with their answers.
 */
export function RemovedStudents({ anonymous, t }: { anonymous: boolean; t: Translate }) {
  const removed = useStore($removedParticipants);
  const run = useRunCommand();
  const hintId = useId();
  if (removed.length === 0) return null;
  return (
    <TeacherOnly summary={t('liveTeacher.removedSummary', { n: removed.length })} open={!anonymous} t={t}>
      <p className="hint" id={hintId}>
        {t('liveTeacher.removedHint')}
      </p>
      <ul className="tl-students tl-removed" aria-label={t('liveTeacher.removedTitle')} aria-describedby={hintId}>
        {removed.map((student) => (
          <li key={student.id}>
            <span className="tl-student-name">{student.name}</span>
            <button
              type="button"
              className="button secondary tl-small"
              onClick={() => void run('participant:readmit', { participantId: student.id })}
            >
              {t('liveTeacher.readmit')} <span className="visually-hidden">{student.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </TeacherOnly>
  );
}
