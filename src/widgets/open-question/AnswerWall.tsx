import { useId } from 'react';
import type { Translate } from '../../i18n/index.ts';
import type { WallEntry } from '../../live-teacher/results-view.ts';
import { useRunCommand } from '../../live-teacher/use-commands.ts';

interface Props {
  entries: WallEntry[];
  /** Authors are named on the wall only when the lesson is not anonymous. */
  showNames: boolean;
  t: Translate;
}

/** The open-question wall, newest first: hide an answer from the board or highlight it. */
export function AnswerWall({ entries, showNames, t }: Props) {
  const run = useRunCommand();
  const idPrefix = useId();
  if (entries.length === 0) return <p className="hint">{t('liveTeacher.noAnswers')}</p>;
  return (
    <ul className="tl-wall" aria-label={t('liveTeacher.wall')}>
      {entries.map((entry) => {
        const textId = `${idPrefix}-${entry.id}`;
        return (
          <li key={entry.id} data-hidden={entry.hidden} data-highlighted={entry.highlighted}>
            <p className="tl-wall-text" id={textId}>
              {entry.text}
            </p>
            {showNames && entry.author && <p className="tl-wall-author">{entry.author}</p>}
            {(entry.hidden || entry.highlighted) && (
              <p className="tl-tags">
                {entry.hidden && <span className="tl-tag">{t('liveTeacher.hiddenTag')}</span>}
                {entry.highlighted && <span className="tl-tag tl-tag-highlight">{t('liveTeacher.highlightedTag')}</span>}
              </p>
            )}
            <div className="tl-row">
              <button
                type="button"
                className="button secondary tl-small"
                aria-describedby={textId}
                onClick={() => void run('answer:hide', { answerId: entry.id, hidden: !entry.hidden })}
              >
                {t(entry.hidden ? 'liveTeacher.unhide' : 'liveTeacher.hide')}
              </button>
              <button
                type="button"
                className="button secondary tl-small"
                aria-describedby={textId}
                onClick={() => void run('answer:highlight', { answerId: entry.id, highlighted: !entry.highlighted })}
              >
                {t(entry.highlighted ? 'liveTeacher.unhighlight' : 'liveTeacher.highlight')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
