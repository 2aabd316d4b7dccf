import type { Translate } from '../i18n/index.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import type { WallEntry } from './results-view.ts';
import { TeacherOnly } from './TeacherOnly.tsx';

interface Props {
  missing: ParticipantView[];
  /** Open-question answers, to say who wrote which while the board shows no names. */
  wall: WallEntry[];
  anonymous: boolean;
  t: Translate;
}

/**
 * Names that belong to the results. Who has not answered is always in view: "anonymous" keeps
 * names off the board, not away from the teacher. Who wrote what stays folded while anonymous.
 */
export function StudentNames({ missing, wall, anonymous, t }: Props) {
  const authored = anonymous ? wall.filter((entry) => entry.author) : [];
  return (
    <>
      <div className="tl-missing-box">
        <h3 className="tl-small-heading">{t('liveTeacher.missingCount', { n: missing.length })}</h3>
        {missing.length === 0 ? (
          <p>{t('liveTeacher.allAnswered')}</p>
        ) : (
          <ul className="tl-missing">
            {missing.map((participant) => (
              <li key={participant.id} data-connected={participant.connected}>
                {participant.name}
                {!participant.connected && <span className="tl-offline"> ({t('liveTeacher.notConnected')})</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {authored.length > 0 && (
        <TeacherOnly summary={t('liveTeacher.authors')} open={false} t={t}>
          <ul className="tl-authors">
            {authored.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.author}</strong>: {entry.text}
              </li>
            ))}
          </ul>
        </TeacherOnly>
      )}
    </>
  );
}
