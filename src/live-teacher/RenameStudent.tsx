import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
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
  const returnFocus = useRef(false);

  // Focus goes back to the button once it is on the page again (after React's commit, not a guess at a frame).
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await run('participant:rename', { participantId: participant.id, name })) close();
  };

  if (!editing) {
    return (
      <button
        ref={opener}
        type="button"
        className="button secondary tl-small"
        onClick={() => {
          setName(participant.name);
          setEditing(true);
        }}
      >
        {t('liveTeacher.rename')} <span className="visually-hidden">{participant.name}</span>
      </button>
    );
  }
  return (
    <form className="tl-rename" onSubmit={save} onKeyDown={(event) => event.key === 'Escape' && close()}>
      <label htmlFor={inputId}>{t('liveTeacher.newName', { name: participant.name })}</label>
      <input id={inputId} value={name} maxLength={30} autoFocus onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="button tl-small">
        {t('liveTeacher.save')}
      </button>
      <button type="button" className="button secondary tl-small" onClick={close}>
        {t('liveTeacher.cancel')}
      </button>
    </form>
  );
}
