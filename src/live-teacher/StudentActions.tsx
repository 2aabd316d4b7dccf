import type { Translate } from '../i18n/index.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { RenameStudent } from './RenameStudent.tsx';

interface Props {
  participant: ParticipantView;
  onRemove(): Promise<boolean>;
  t: Translate;
}

/** Rename and remove for the one student whose chip the teacher opened. */
export function StudentActions({ participant, onRemove, t }: Props) {
  return (
    <div className="tl-row" role="group" aria-label={t('liveTeacher.studentActions', { name: participant.name })}>
      <RenameStudent participant={participant} t={t} />
      <ConfirmButton
        question={t('liveTeacher.removeConfirm', { name: participant.name })}
        confirmLabel={t('liveTeacher.removeYes')}
        cancelLabel={t('liveTeacher.cancel')}
        onConfirm={onRemove}
        className="button secondary tl-small"
      >
        {t('liveTeacher.remove')} <span className="visually-hidden">{participant.name}</span>
      </ConfirmButton>
    </div>
  );
}
