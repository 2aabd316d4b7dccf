import { useId, useRef } from 'react';
import type { Translate } from '../i18n/index.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import type { SessionState } from '../shared/session/state.ts';
import { studentCountKey } from './labels.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { RemovedStudents } from './RemovedStudents.tsx';
import { RenameStudent } from './RenameStudent.tsx';
import { Switch } from './Switch.tsx';
import { TeacherOnly } from './TeacherOnly.tsx';
import { useRunCommand } from './use-commands.ts';

interface Props {
  participants: ParticipantView[];
  state: Pick<SessionState, 'locked' | 'anonymous'>;
  t: Translate;
}

/** Who is in the lesson, with the switches for joining and for names on the board. */
export function Lobby({ participants, state, t }: Props) {
  const run = useRunCommand();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const connected = participants.filter((participant) => participant.connected).length;

  const remove = async (participant: ParticipantView) => {
    const removed = await run('participant:remove', { participantId: participant.id });
    // The student's row (and the focused button in it) is gone: keep keyboard users in the lobby.
    if (removed) heading.current?.focus();
    return removed;
  };

  return (
    <section className="tl-panel tl-lobby" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        <span className="tl-big">{t(studentCountKey(participants.length), { n: participants.length })}</span>
      </h2>
      <p className="tl-connected-count">{t('liveTeacher.connectedCount', { n: connected })}</p>
      <div className="tl-switches">
        <Switch checked={state.locked} onToggle={(locked) => run('session:lock', { locked })}>
          {t('liveTeacher.lock')}
        </Switch>
        <Switch checked={state.anonymous} onToggle={(anonymous) => run('session:anonymous', { anonymous })}>
          {t('liveTeacher.anonymous')}
        </Switch>
      </div>
      {participants.length === 0 ? (
        <p className="hint">{t('liveTeacher.noStudents')}</p>
      ) : (
        <TeacherOnly summary={t('liveTeacher.namesSummary')} open={!state.anonymous} t={t}>
          <ul className="tl-students">
            {participants.map((participant) => (
              <li key={participant.id} data-connected={participant.connected}>
                <span className="tl-student-name">{participant.name}</span>
                {!participant.connected && (
                  <span className="tl-offline">
                    <span className="tl-dot" aria-hidden="true" /> {t('liveTeacher.notConnected')}
                  </span>
                )}
                <RenameStudent participant={participant} t={t} />
                <ConfirmButton
                  question={t('liveTeacher.removeConfirm', { name: participant.name })}
                  confirmLabel={t('liveTeacher.removeYes')}
                  cancelLabel={t('liveTeacher.cancel')}
                  onConfirm={() => remove(participant)}
                  className="button secondary tl-small"
                >
                  {t('liveTeacher.remove')} <span className="visually-hidden">{participant.name}</span>
                </ConfirmButton>
              </li>
            ))}
          </ul>
        </TeacherOnly>
      )}
      <RemovedStudents anonymous={state.anonymous} t={t} />
    </section>
  );
}
