import { useStore } from '@nanostores/react';
import type { Language, Translate } from '../i18n/index.ts';
import { $results, $reveals } from '../live/stores.ts';
import type { TeacherItem } from '../live-teacher/lesson-view.ts';
import { answeredSummary } from '../live-teacher/results-view.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import type { SessionState } from '../shared/session/state.ts';
import { KIND_VIEWS } from '../widgets/kind-views.ts';

interface Props {
  item: TeacherItem;
  state: SessionState;
  participants: ParticipantView[];
  lang: Language;
  t: Translate;
}

/** The results of the slide's question over the whole slide, in type that reads from the back of the room. */
export function BoardResults({ item, state, participants, lang, t }: Props) {
  const view = useStore($results)[item.id];
  const reveal = useStore($reveals)[item.id];
  const summary = answeredSummary(participants, view?.answeredBy ?? []);
  const revealed = state.revealed.includes(item.id);
  const views = KIND_VIEWS.get(item.kind);
  return (
    <section className="board-overlay board-results" aria-labelledby="board-results-title" data-kind={item.kind}>
      <header className="board-results-head">
        <h2 id="board-results-title">{item.prompt}</h2>
        <p className="board-answered">{t('board.answered', { answered: summary.answered, expected: summary.expected })}</p>
      </header>
      <div className="board-results-body">
        {views && <views.Board item={item} results={view?.results} state={state} participants={participants} reveal={reveal} lang={lang} t={t} />}
      </div>
      {revealed && reveal?.explanation && <p className="board-explanation">{reveal.explanation}</p>}
    </section>
  );
}
