import { useId, useRef, useState, type SubmitEvent } from 'react';
import type { MindMapProps } from './widget.ts';
import { MIND_MAP_LIMITS } from './limits.ts';
import { normaliseEntry } from '../../shared/text.ts';
import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';

type Props = MindMapProps &
  DeckContext & {
    /** On the board of a live lesson the session shows the model (so the phones follow it): given, the button asks for it. */
    modelControl?: { shown: boolean; toggle: () => void };
  };

/** A mind map: the central term with entries around it; the teacher's model can be shown. */
export default function MindMapWidget(props: Props) {
  const t = useTranslate(props.lang);
  const [saved, saveEntries] = useStudyAnswer<string[]>(props.lesson, props.id);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const [ownModel, setOwnModel] = useState(false);
  const showModel = props.modelControl ? props.modelControl.shown : ownModel;
  const toggleModel = props.modelControl?.toggle ?? (() => setOwnModel(!ownModel));
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();
  const entries = saved ?? [];
  const max = props.maxEntries ?? MIND_MAP_LIMITS.entries;
  const study = props.mode === 'study';
  const model = props.model ?? [];

  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const entry = draft.trim();
    if (!entry) return;
    if (entries.some((existing) => normaliseEntry(existing) === normaliseEntry(entry))) return setMessage(t('mindmap.duplicate'));
    if (entries.length >= max) return setMessage(t('mindmap.limit', { n: max }));
    saveEntries([...entries, entry]);
    setDraft('');
    setMessage('');
  };

  return (
    <div className="widget mind-map" data-widget="mindMap">
      <div className="mind-map-board">
        <p className="mind-map-term">{props.term}</p>
        {(study ? entries.length > 0 : false) && (
          <ul className="mind-map-entries" aria-label={t('mindmap.yours')}>
            {entries.map((entry) => (
              <li key={entry}>
                <span>{entry}</span>
                <button type="button" className="remove" aria-label={t('mindmap.remove', { entry })} onClick={() => {
                    saveEntries(entries.filter((item) => item !== entry));
                    input.current?.focus();
                  }}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {showModel && model.length > 0 && (
          <ul className="mind-map-model" aria-label={t('mindmap.model')}>
            {model.map((entry) => <li key={entry}>{entry}</li>)}
          </ul>
        )}
      </div>
      {study && (
        <form className="mind-map-form" onSubmit={add}>
          <label htmlFor={inputId}>{t('mindmap.placeholder')}</label>
          <div className="inline-field">
            <input ref={input} id={inputId} type="text" value={draft} maxLength={MIND_MAP_LIMITS.entryLength} autoComplete="off" onChange={(event) => setDraft(event.target.value)} disabled={!hydrated || entries.length >= max} />
            <button type="submit" className="button" disabled={!hydrated || entries.length >= max}>{t('mindmap.add')}</button>
          </div>
          {entries.length === 0 && <p className="hint">{t('mindmap.none')}</p>}
          <p role="status" className="hint">{message || (entries.length >= max ? t('mindmap.limit', { n: max }) : '')}</p>
        </form>
      )}
      {model.length > 0 && (!study || entries.length > 0) && (
        <div className="widget-actions">
          <button type="button" className="button secondary" onClick={toggleModel}>
            {showModel ? t('mindmap.hideModel') : t('mindmap.showModel')}
          </button>
        </div>
      )}
    </div>
  );
}
