import { useId } from 'react';
import type { Language, Translate } from '../i18n/index.ts';
import type { ItemResultsView } from '../live/stores.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import type { SessionState } from '../shared/session/state.ts';
import { itemStatusKey } from './labels.ts';
import type { TeacherLesson } from './lesson-view.ts';
import { KIND_VIEWS } from '../widgets/kind-views.ts';
import { answeredSummary, resultsItemId, wallEntries } from './results-view.ts';
import { StudentNames } from './StudentNames.tsx';

interface Props {
  lesson: TeacherLesson;
  state: SessionState;
  participants: ParticipantView[];
  results: Record<string, ItemResultsView | undefined>;
  lang: Language;
  t: Translate;
}

/** Results of the open item (or the last one closed): how many answered, and what they answered. */
export function ResultsPanel({ lesson, state, participants, results, lang, t }: Props) {
  const headingId = useId();
  const itemId = resultsItemId(state, lesson);
  const item = lesson.items.find((candidate) => candidate.id === itemId);
  const view = itemId ? results[itemId] : undefined;
  const summary = answeredSummary(participants, view?.answeredBy ?? []);
  const wall = wallEntries(view?.results, state, participants);
  const views = item ? KIND_VIEWS.get(item.kind) : undefined;

  return (
    <section className="tl-panel tl-results" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('liveTeacher.results')}</h2>
      {!item ? (
        <p className="hint">{t('liveTeacher.noResults')}</p>
      ) : (
        <>
          <p className="tl-results-item">
            <span className="tl-kind">{t(item.label)}</span> {item.prompt}{' '}
            <span className="tl-item-status" data-open={state.openItem?.id === item.id}>
              {t(itemStatusKey(state.openItem?.id === item.id, true))}
            </span>
          </p>
          <p className="tl-answered">{t('liveTeacher.answered', { answered: summary.answered, expected: summary.expected })}</p>
          <StudentNames missing={summary.missing} wall={wall} anonymous={state.anonymous} t={t} />
          {views && <views.Teacher item={item} results={view?.results} state={state} participants={participants} reveal={undefined} lang={lang} t={t} />}
        </>
      )}
    </section>
  );
}
