import { useId, useRef, useState, type SubmitEvent } from 'react';
import type { Translate } from '../i18n/index.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import { useRunCommand } from './use-commands.ts';

/** Renames a student (e.g. a rude or unclear name): a small inline form, Escape cancels. */
export function RenameStudent({ participant, t }: { participant: ParticipantView; t: Translate }) {
  const run = useRunCommand();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(participant.name);
  const inputId = useId();
  const opener = useRef<HTMLButtonElement>(null);

  const close = () => {
    setEditing(false);
    setName(participant.name);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await run('participant:rename', { participantId: participant.id, name })) close();
  };

  if (!editing) {
    return (
      <button ref={opener} type="button" className="button secondary tl-small" onClick={() => setEditing(true)}>
        {t('liveTeacher.rename')} <span className="visually-hidden">{participant.name}</span>
      </button>
    );
  }
  return (
    <form className="tl-rename" onSubmit={save} onKeyDown={(event) => event.key === 'Escape' && close()}>
      <label htmlFor={inputId}>{t('liveTeacher.newName', { name: participant.name })}</label>
      <input id={inputId} value={name} maxLength={30} autoFocus onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="button tl-small">{t('liveTeacher.save')}</button>
      <button type="button" className="button secondary tl-small" onClick={close}>{t('liveTeacher.cancel')}</button>
    </form>
  );
}
