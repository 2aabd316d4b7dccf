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

/** Names that belong to the results, kept in the teacher-only part: who has not answered, who wrote what. */
export function StudentNames({ missing, wall, anonymous, t }: Props) {
  const authored = anonymous ? wall.filter((entry) => entry.author) : [];
  return (
    <TeacherOnly summary={t('liveTeacher.missingCount', { n: missing.length })} open={!anonymous} t={t}>
      <h3 className="tl-small-heading">{t('liveTeacher.missing')}</h3>
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
      {authored.length > 0 && (
        <>
          <h3 className="tl-small-heading">{t('liveTeacher.authors')}</h3>
          <ul className="tl-authors">
            {authored.map((entry) => (
              <li key={entry.id}>
                <strong>{entry.author}</strong>: {entry.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </TeacherOnly>
  );
}
