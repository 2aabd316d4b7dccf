import { useId, useState } from 'react';
import type { Translate } from '../i18n/index.ts';
import type { SessionState } from '../shared/session/state.ts';
import { itemStatusKey, openToggleKey } from './labels.ts';
import type { TeacherItem } from './lesson-view.ts';
import { Switch } from './Switch.tsx';
import { TeacherOnly } from './TeacherOnly.tsx';
import { useRunCommand } from './use-commands.ts';

interface Props {
  item: TeacherItem;
  state: Pick<SessionState, 'openItem' | 'closedItems' | 'resultsShown' | 'revealed' | 'modelShown'>;
  t: Translate;
}

/**
 * One question on the current slide: open or close it for answers, and what the board shows of
 * it. Each toggle is one button whose text changes, so keyboard focus stays where it was.
 */
export function ItemControl({ item, state, t }: Props) {
  const run = useRunCommand();
  const headingId = useId();
  const open = state.openItem?.id === item.id;
  const closedBefore = state.closedItems.includes(item.id);
  // Before opening, the checkbox is only a choice on this screen; while open it is the session's setting.
  const [allowLocally, setAllowLocally] = useState(false);
  const allowChanges = open ? (state.openItem?.allowChanges ?? false) : allowLocally;
  const revealed = state.revealed.includes(item.id);
  const modelShown = state.modelShown.includes(item.id);

  const toggleOpen = () => void (open ? run('item:close', {}) : run('item:open', { id: item.id, allowChanges }));
  const setAllow = async (next: boolean) => (open ? run('item:open', { id: item.id, allowChanges: next }) : setAllowLocally(next));

  return (
    <article className="tl-item" aria-labelledby={headingId} data-open={open}>
      <h3 id={headingId}>
        <span className="tl-kind">{t(item.label)}</span> {item.prompt}
      </h3>
      <p className="tl-item-status" data-open={open}>
        {t(itemStatusKey(open, closedBefore))}
      </p>
      <div className="tl-controls">
        <button type="button" className={open ? 'button secondary' : 'button'} onClick={toggleOpen}>
          {t(openToggleKey(open, closedBefore))}
        </button>
        <button type="button" className="button secondary" onClick={() => void run('results:show', { shown: !state.resultsShown })}>
          {t(state.resultsShown ? 'liveTeacher.hideResults' : 'liveTeacher.showResults')}
        </button>
        {item.reveals === 'answer' && (
          <button
            type="button"
            className="button secondary"
            onClick={() => void run('answer:reveal', { id: item.id, revealed: !revealed })}
          >
            {t(revealed ? 'liveTeacher.unreveal' : 'liveTeacher.reveal')}
          </button>
        )}
        {item.reveals === 'model' && item.hasModel && (
          <button type="button" className="button secondary" onClick={() => void run('model:show', { id: item.id, shown: !modelShown })}>
            {t(modelShown ? 'liveTeacher.hideModel' : 'liveTeacher.showModel')}
          </button>
        )}
      </div>
      {!item.changeable && (
        <Switch checked={allowChanges} onToggle={setAllow}>
          {t('liveTeacher.allowChanges')}
        </Switch>
      )}
      {item.rightAnswer.length > 0 && (
        <TeacherOnly summary={t('liveTeacher.rightAnswer')} open={false} t={t}>
          <ul className="tl-right-answer">
            {item.rightAnswer.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </TeacherOnly>
      )}
    </article>
  );
}
