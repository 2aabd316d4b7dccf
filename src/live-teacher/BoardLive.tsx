import { useStore } from '@nanostores/react';
import { useEffect } from 'react';
import type { Language } from '../i18n/index.ts';
import { connectLive } from '../live/connection.ts';
import { refusalText } from '../live/refusal-text.ts';
import { $connection, $results, $reveals, $session } from '../live/stores.ts';
import { useTranslate } from '../widgets/common.ts';
import { ChoiceResults } from './ChoiceResults.tsx';
import type { TeacherLesson } from './lesson-view.ts';
import { MindMapResults } from './MindMapResults.tsx';
import { choiceRows, mindMapGroups, resultsItemId, wallEntries } from './results-view.ts';

interface Props {
  sessionId: string;
  lang: Language;
  lesson: TeacherLesson;
}

/**
 * The board in a live lesson: follows the session (the deck script moves the slides) and, when
 * the teacher shows results, lays them over the slide. Never names students: the board is public.
 */
export default function BoardLive({ sessionId, lang, lesson }: Props) {
  const t = useTranslate(lang);
  const session = useStore($session);
  const results = useStore($results);
  const connection = useStore($connection);
  const reveals = useStore($reveals);

  useEffect(() => {
    const opened = connectLive({ auth: { role: 'teacher', sessionId } });
    return () => opened.disconnect();
  }, [sessionId]);

  const itemId = session ? resultsItemId(session, lesson) : null;
  const item = lesson.items.find((candidate) => candidate.id === itemId);
  const view = itemId ? results[itemId] : undefined;
  // The model answers of a mind map on this slide, once the teacher shows them.
  const modelItem = lesson.items.find(
    (candidate) => candidate.kind === 'mindMap' && candidate.slide === session?.slide && reveals[candidate.id]?.model,
  );
  const model = modelItem ? reveals[modelItem.id]?.model : undefined;
  const showResults = session !== null && session.resultsShown && item !== undefined;
  return (
    <div className="board-live" data-connection={typeof connection === 'string' ? connection : 'error'}>
      {typeof connection === 'object' && (
        <p className="board-live-error" role="alert">
          {refusalText(t, connection)}
        </p>
      )}
      {(showResults || model) && (
        <section className="board-results" aria-label={t('liveTeacher.results')}>
          {showResults && item && session && (
            <>
              <h2>{item.prompt}</h2>
              <p className="board-answered">
                {view?.results.answered === 1 ? t('report.answeredOne') : t('report.answered', { n: view?.results.answered ?? 0 })}
              </p>
              {(item.kind === 'quiz' || item.kind === 'poll') && (
                <ChoiceResults rows={choiceRows(item, view?.results, session.revealed.includes(item.id))} t={t} />
              )}
              {item.kind === 'mindMap' && <MindMapResults groups={mindMapGroups(view?.results)} t={t} />}
              {item.kind === 'openQuestion' && (
                <ul className="board-wall" aria-label={t('liveTeacher.wall')}>
                  {wallEntries(view?.results, session, [])
                    .filter((entry) => !entry.hidden)
                    .map((entry) => (
                      <li key={entry.id} data-highlighted={entry.highlighted}>
                        {entry.text}
                      </li>
                    ))}
                </ul>
              )}
            </>
          )}
          {model && modelItem && (
            <>
              <h2>{modelItem.prompt}</h2>
              <h3>{t('mindmap.model')}</h3>
              <ul className="mind-map-model">
                {model.map((entry) => (
                  <li key={entry}>{entry}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
