import { useId, useRef, useState } from 'react';
import type { Translate } from '../i18n/index.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import { studentCountKey } from './labels.ts';
import { RemovedStudents } from './RemovedStudents.tsx';
import { StudentActions } from './StudentActions.tsx';
import { studentRows, type StudentRow } from './student-list.ts';
import { useRunCommand } from './use-commands.ts';

interface Props {
  participants: ParticipantView[];
  /** Who answered the question the panel shows results of; null before any question was opened. */
  answeredBy: readonly string[] | null;
  /** Names on the board or not: the removed students fold away while the board is anonymous. */
  anonymous: boolean;
  t: Translate;
}

/**
 * How a student's chip shows their state: in words when it needs the teacher's eye (no answer,
 * no connection), else a tick or nothing, with the words for screen readers. The teacher sees
 * this even when the board is anonymous.
 */
function Standing({ row, t }: { row: StudentRow; t: Translate }) {
  if (!row.connected || row.standing === 'missing') {
    return (
      <span className="tl-standing">
        {!row.connected && <span className="tl-dot" aria-hidden="true" />}{' '}
        {t(row.connected ? 'liveTeacher.standing.missing' : 'liveTeacher.notConnected')}
      </span>
    );
  }
  const answered = row.standing === 'answered';
  return (
    <span className="tl-standing tl-standing-quiet">
      {answered && <span aria-hidden="true">✓</span>}
      <span className="visually-hidden">{t(answered ? 'liveTeacher.standing.answered' : 'liveTeacher.standing.connected')}</span>
    </span>
  );
}

/**
 * Who is in the lesson, compact enough for a class of 30: a search field, names as chips with
 * not-answered and disconnected students first. A chip opens rename and remove for that student.
 */
export function Lobby({ participants, answeredBy, anonymous, t }: Props) {
  const run = useRunCommand();
  const headingId = useId();
  const searchId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const connected = participants.filter((participant) => participant.connected).length;
  const rows = studentRows(participants, answeredBy, query);

  const remove = async (participant: ParticipantView) => {
    const removed = await run('participant:remove', { participantId: participant.id });
    // The student's chip (and the focused button with it) is gone: keep keyboard users in the list.
    if (removed) heading.current?.focus();
    return removed;
  };

  return (
    <section className="tl-panel tl-lobby" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        <span className="tl-big">{t(studentCountKey(participants.length), { n: participants.length })}</span>{' '}
        <span className="tl-connected-count">{t('liveTeacher.connectedCount', { n: connected })}</span>
      </h2>
      {participants.length === 0 ? (
        <p className="hint">{t('liveTeacher.noStudents')}</p>
      ) : (
        <>
          <p className="tl-search">
            <label htmlFor={searchId}>{t('liveTeacher.search')}</label>
            <input id={searchId} type="search" value={query} autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
            {query.trim() !== '' && (
              <span className="tl-search-count" role="status">
                {t('liveTeacher.searchCount', { shown: rows.length, total: participants.length })}
              </span>
            )}
          </p>
          {rows.length === 0 && <p className="hint">{t('liveTeacher.noMatch')}</p>}
          <ul className="tl-students">
            {rows.flatMap((row) => {
              const open = selected === row.id;
              const chip = (
                <li key={row.id} className="tl-student" data-standing={row.standing} data-connected={row.connected}>
                  <button
                    type="button"
                    className="tl-chip"
                    aria-expanded={open}
                    aria-controls={open ? `${headingId}-${row.id}` : undefined}
                    onClick={() => setSelected(open ? null : row.id)}
                  >
                    <span className="tl-student-name">{row.name}</span>
                    <Standing row={row} t={t} />
                  </button>
                </li>
              );
              if (!open) return [chip];
              return [
                chip,
                <li key={`${row.id}-actions`} id={`${headingId}-${row.id}`} className="tl-student-actions">
                  <StudentActions participant={row} onRemove={() => remove(row)} t={t} />
                </li>,
              ];
            })}
          </ul>
        </>
      )}
      <RemovedStudents anonymous={anonymous} t={t} />
    </section>
  );
}
