import { useRunCommand } from '../../live-teacher/use-commands.ts';
import type { ItemResults } from '../../shared/session/results.ts';
import type { AnswerViewProps, KindViews, ResultsViewProps } from '../views.ts';
import { DrawingImage } from './DrawingImage.tsx';
import { asDrawing } from './strokes.ts';
import { useDrawings } from './use-drawings.ts';
import './drawing.css';

const listOf = (results: ItemResults | undefined) => (results?.kind === 'drawing' ? results.drawings : []);

/** The board: only the drawings the teacher chose, side by side, never with names. */
function Board({ item, results, state, t }: ResultsViewProps) {
  const all = listOf(results);
  const chosen = all.filter((drawing) => state.shownDrawings?.includes(drawing.id));
  const { drawings } = useDrawings(item.id, chosen);
  if (chosen.length === 0)
    return (
      <div className="board-drawings-empty">
        <p>{t('drawing.boardCount', { n: all.length })}</p>
        <p>{t('drawing.boardPick')}</p>
      </div>
    );
  return (
    <ul className="board-drawings" data-count={Math.min(chosen.length, 6)}>
      {chosen.map((drawing, index) => (
        <li key={drawing.id}>
          <DrawingImage strokes={drawings.get(drawing.id)?.strokes ?? []} image={item.image} label={t('drawing.image', { n: index + 1 })} />
        </li>
      ))}
    </ul>
  );
}

/** The teacher's panel: every drawing as it comes in (the author when the lesson is not anonymous), each with "Op het bord". */
function Teacher({ item, results, state, participants, t }: ResultsViewProps) {
  const run = useRunCommand();
  const all = listOf(results);
  const { drawings, loading, failed, retry } = useDrawings(item.id, all);
  if (all.length === 0) return <p className="hint">{t('drawing.none')}</p>;
  const names = new Map(participants.map((participant) => [participant.id, participant.name]));
  return (
    <div className="tl-drawings">
      <div role="status" className="hint">
        {loading && t('drawing.loading')}
        {failed && (
          <>
            {t('drawing.loadFailed')}{' '}
            <button type="button" className="button secondary tl-small" onClick={retry}>
              {t('drawing.retry')}
            </button>
          </>
        )}
      </div>
      <ul className="tl-drawing-list" aria-label={t('drawing.gallery')}>
        {all.map((drawing, index) => {
          const shown = state.shownDrawings?.includes(drawing.id) === true;
          const author = state.anonymous ? undefined : names.get(drawing.by);
          const label = t('drawing.image', { n: index + 1 });
          return (
            <li key={drawing.id} data-shown={shown}>
              <DrawingImage
                strokes={asDrawing({ strokes: drawings.get(drawing.id)?.strokes })}
                image={item.image}
                label={author ? `${label}: ${author}` : label}
              />
              {author && <p className="tl-wall-author">{author}</p>}
              <button
                type="button"
                className="button secondary tl-small"
                aria-pressed={shown}
                aria-label={`${t('drawing.onBoard')}: ${label}`}
                onClick={() => void run('drawing:show', { answerId: drawing.id, shown: !shown })}
              >
                {t('drawing.onBoard')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A student's drawing in the report. */
function Answer({ value, image, label }: AnswerViewProps) {
  return <DrawingImage className="report-drawing" strokes={asDrawing(value)} image={image} label={label} />;
}

export const views: KindViews = { kind: 'drawing', Board, Teacher, Answer };
