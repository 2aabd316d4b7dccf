import type { ComponentType } from 'react';
import type { Language, Translate } from '../i18n/index.ts';
import type { TeacherItem } from '../live-teacher/lesson-view.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import type { ItemResults } from '../shared/session/results.ts';
import type { Reveal, SessionState } from '../shared/session/state.ts';

// The screens' part of a kind, next to its widget.ts: each folder of an answerable kind has a
// `views.tsx` exporting `views`, found by the board and the teacher's panel through `kind-views.ts`.
// Browser code: no zod, no registry.

/** What a kind's results view gets: the item, its results so far, the session, and what was revealed. */
export interface ResultsViewProps {
  item: TeacherItem;
  results: ItemResults | undefined;
  state: SessionState;
  participants: ParticipantView[];
  reveal: Reveal | undefined;
  lang: Language;
  t: Translate;
}

export interface KindViews {
  kind: string;
  /** The results over the whole slide on the board, in type that reads from the back of the room. */
  Board: ComponentType<ResultsViewProps>;
  /** The results on the teacher's panel: every figure in words, for the teacher's eyes. */
  Teacher: ComponentType<ResultsViewProps>;
  /** One answer in the report, for kinds whose answers words cannot show (a drawing); static, no script. */
  Answer?: ComponentType<AnswerViewProps>;
}

export interface AnswerViewProps {
  /** The stored answer value (of this kind). */
  value: unknown;
  /** The item's image, for kinds drawn or tapped on one. */
  image?: { src: string; alt: string } | undefined;
  /** What the picture is, for whoever cannot see it (whose answer). */
  label: string;
}
