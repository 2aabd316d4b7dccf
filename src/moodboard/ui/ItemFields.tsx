import { useState } from 'react';
import { STICKY_COLOURS, type BoardItem, type BoardItemOf } from '../../shared/moodboard/board.ts';
import { useEditor } from '../store.ts';
import type { ItemPatch } from '../types.ts';
import { useEditorUi } from './context.ts';
import { TEXT_LIMITS } from './InPlaceText.tsx';
import { readLink } from './link.ts';
import { textEdit } from './text-measure.ts';

/** The fields of one item the student may change (an answer card is a copy, so it has none). */
export function ItemFields({ item, idPrefix }: { item: BoardItem; idPrefix: string }) {
  const { t } = useEditorUi();
  const dispatch = useEditor((state) => state.dispatch);
  const update = (patch: ItemPatch) => dispatch({ type: 'update', id: item.id, patch, at: Date.now() });
  const id = (field: string) => `${idPrefix}-${field}`;
  switch (item.kind) {
    case 'heading':
    case 'note':
    case 'sticky':
      return (
        <div className="mb-fields">
          <div className="field">
            <label htmlFor={id('text')}>{t('mbEdit.panel.text')}</label>
            {item.kind === 'heading' ? (
              <input
                id={id('text')}
                value={item.text}
                maxLength={TEXT_LIMITS.heading}
                onChange={(event) => dispatch(textEdit(item, event.target.value, Date.now()))}
              />
            ) : (
              <textarea
                id={id('text')}
                rows={3}
                value={item.text}
                maxLength={TEXT_LIMITS[item.kind]}
                onChange={(event) => dispatch(textEdit(item, event.target.value, Date.now()))}
              />
            )}
          </div>
          {item.kind === 'sticky' && <StickyColours item={item} name={id('colour')} onChange={(colour) => update({ colour })} />}
        </div>
      );
    case 'image':
      return (
        <div className="field">
          <label htmlFor={id('alt')}>{t('mbEdit.panel.alt')}</label>
          <input
            id={id('alt')}
            value={item.alt}
            maxLength={200}
            aria-describedby={id('alt-hint')}
            onChange={(event) => update({ alt: event.target.value })}
          />
          <small id={id('alt-hint')}>{t('mbEdit.panel.altHint')}</small>
        </div>
      );
    case 'link':
      // Keyed by the address, so undo or another tab refreshes what the field shows.
      return <LinkFields key={item.url} item={item} idPrefix={idPrefix} update={update} />;
    case 'swatch':
      return (
        <div className="mb-fields mb-fields-row">
          <div className="field">
            <label htmlFor={id('colour')}>{t('mbEdit.panel.colour')}</label>
            <input id={id('colour')} type="color" value={item.colour} onChange={(event) => update({ colour: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={id('label')}>{t('mbEdit.panel.label')}</label>
            <input id={id('label')} value={item.label} maxLength={60} onChange={(event) => update({ label: event.target.value })} />
          </div>
        </div>
      );
    case 'answer':
      return <p className="hint">{t('mbEdit.panel.answerFixed')}</p>;
  }
}

/** The five sticky colours as radio buttons, each named and shown in its colour. */
export function StickyColours({
  item,
  name,
  onChange,
}: {
  item: BoardItemOf<'sticky'>;
  name: string;
  onChange: (colour: BoardItemOf<'sticky'>['colour']) => void;
}) {
  const { t } = useEditorUi();
  return (
    <fieldset className="mb-colours">
      <legend>{t('mbEdit.panel.stickyColour')}</legend>
      {STICKY_COLOURS.map((colour) => (
        <label key={colour} className="mb-colour-choice" data-colour={colour}>
          <input type="radio" name={name} value={colour} checked={item.colour === colour} onChange={() => onChange(colour)} />
          {t(`mbEdit.colour.${colour}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** Address and title of a link card; the address is checked when the student leaves the field. */
function LinkFields({ item, idPrefix, update }: { item: BoardItemOf<'link'>; idPrefix: string; update: (patch: ItemPatch) => void }) {
  const { t } = useEditorUi();
  const [typed, setTyped] = useState(item.url);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    const read = readLink(typed);
    if (!read.ok) return setProblem(t(read.reason));
    setProblem(null);
    setTyped(read.url);
    if (read.url !== item.url) update({ url: read.url });
  };
  return (
    <div className="mb-fields">
      <div className="field" data-invalid={problem ? '' : undefined}>
        <label htmlFor={`${idPrefix}-url`}>{t('mbEdit.link.url')}</label>
        <input
          id={`${idPrefix}-url`}
          type="url"
          inputMode="url"
          value={typed}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${idPrefix}-url-error` : undefined}
          onChange={(event) => setTyped(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
        />
        {problem && (
          <p id={`${idPrefix}-url-error`} className="field-error">
            {problem}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-title`}>{t('mbEdit.link.title')}</label>
        <input id={`${idPrefix}-title`} value={item.title} maxLength={200} onChange={(event) => update({ title: event.target.value })} />
      </div>
    </div>
  );
}
