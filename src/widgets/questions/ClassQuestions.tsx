import type { Translate } from '../../i18n/index.ts';
import type { ClassEntry } from '../definition.ts';

interface Props {
  entries: readonly ClassEntry[];
  /** The questions this phone voted for, as it knows now (its vote may still be on its way). */
  votes: readonly string[];
  /** Votes can be given while the item is open; without, the list is only to read. */
  onVote?: (id: string, on: boolean) => void;
  t: Translate;
}

/** The class's questions on a phone, most votes first: no names; "Ik ook" on the others', a tag on one's own. */
export function ClassQuestions({ entries, votes, onVote, t }: Props) {
  return (
    <section className="class-questions" aria-label={t('questions.class')}>
      <h4 className="questions-heading">{t('questions.class')}</h4>
      {entries.length === 0 ? (
        <p className="hint">{t('questions.empty')}</p>
      ) : (
        <ul className="question-list">
          {entries.map((entry) => {
            const voted = votes.includes(entry.id);
            // The server's count, with this phone's own vote as the phone has it now.
            const count = entry.votes - (entry.voted ? 1 : 0) + (voted && !entry.mine ? 1 : 0);
            return (
              <li key={entry.id} className="question" data-answered={entry.answered || undefined} data-mine={entry.mine || undefined}>
                <p className="question-text">{entry.text}</p>
                <p className="question-meta">
                  <span className="question-votes">{t('questions.voteCount', { n: count })}</span>
                  {entry.mine && <span className="tag">{t('questions.yours')}</span>}
                  {entry.answered && <span className="tag tag-answered">{t('questions.answered')}</span>}
                </p>
                {!entry.mine && onVote && (
                  <button
                    type="button"
                    className="button secondary small vote"
                    aria-pressed={voted}
                    aria-label={t('questions.voteFor', { text: entry.text })}
                    onClick={() => onVote(entry.id, !voted)}
                  >
                    {t('questions.vote')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
