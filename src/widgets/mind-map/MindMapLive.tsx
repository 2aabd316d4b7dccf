import { useId, useState, type SubmitEvent } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { MIND_MAP_LIMITS } from './limits.ts';
import { normaliseEntry } from '../../shared/text.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { ItemStatus, SendButton } from '../live/AnswerStatus.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';

interface Props extends DeckContext {
  id: string;
  term: string;
  maxEntries: number;
}

/** A mind map on a student's phone: collect a few ideas, then send them together. */
export default function MindMapLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, mine, reveal, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const [entries, setEntries] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const sent = mine?.value.kind === 'mindMap' && Array.isArray(mine.value.entries) ? mine.value.entries : null;

  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const entry = draft.trim();
    if (!entry || entries.length >= props.maxEntries || entries.some((item) => normaliseEntry(item) === normaliseEntry(entry))) return;
    setEntries([...entries, entry]);
    setDraft('');
  };

  return (
    <div ref={area} tabIndex={-1} className="widget mind-map live-item" data-widget="mindMap" data-live-open={open ? 'true' : undefined}>
      <p className="mind-map-term">{props.term}</p>
      {mayAnswer && (
        <form className="mind-map-form" onSubmit={add}>
          <label htmlFor={inputId}>{t('mindmap.placeholder')}</label>
          <p className="hint">{t('liveItem.mapHint', { n: props.maxEntries })}</p>
          <div className="inline-field">
            <input id={inputId} type="text" maxLength={MIND_MAP_LIMITS.entryLength} value={draft} autoComplete="off" onChange={(event) => setDraft(event.target.value)} disabled={entries.length >= props.maxEntries} />
            <button type="submit" className="button secondary" disabled={entries.length >= props.maxEntries}>{t('mindmap.add')}</button>
          </div>
        </form>
      )}
      {(mayAnswer ? entries : (sent ?? [])).length > 0 && (
        <ul className="mind-map-entries" aria-label={t('mindmap.yours')}>
          {(mayAnswer ? entries : (sent ?? [])).map((entry) => (
            <li key={entry}>
              <span>{entry}</span>
              {mayAnswer && (
                <button type="button" className="remove" aria-label={t('mindmap.remove', { entry })} onClick={() => setEntries(entries.filter((item) => item !== entry))}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayAnswer && (
        <SendButton
          disabled={entries.length === 0}
          onSend={() => {
            submitAnswer(props.id, { kind: 'mindMap', entries });
            setEntries([]);
          }}
          t={t}
        />
      )}
      <ItemStatus locked={false} open={open} answered={sent !== null} wasOpened={wasOpened} mine={mine} t={t} />
      {reveal?.model && (
        <ul className="mind-map-model" aria-label={t('mindmap.model')}>
          {reveal.model.map((entry) => <li key={entry}>{entry}</li>)}
        </ul>
      )}
    </div>
  );
}
