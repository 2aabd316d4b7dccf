import { assignment } from './assignment/widget.ts';
import type { LayoutDefinition, WidgetDefinition } from './definition.ts';
import { drawing } from './drawing/widget.ts';
import { hotspot } from './hotspot/widget.ts';
import { matching } from './matching/widget.ts';
import { mindMap } from './mind-map/widget.ts';
import { column, notes } from './notes/widget.ts';
import { openQuestion } from './open-question/widget.ts';
import { ordering } from './ordering/widget.ts';
import { poll } from './poll/widget.ts';
import { questions } from './questions/widget.ts';
import { quiz } from './quiz/widget.ts';
import { scale } from './scale/widget.ts';
import { selfAssessment } from './self-assessment/widget.ts';
import { createRegistry } from './registry.ts';
import { timer } from './timer/widget.ts';
import { video } from './video/widget.ts';

export type { WidgetRegistry } from './registry.ts';

/**
 * Every kind of widget, in the order lesson cards, the outline and the authoring guide list them.
 * A kind is its folder (see definition.ts) and one line here; the MDX components, the lesson check,
 * the outline, the live server's answer checks and the report all derive from this list.
 */
export const WIDGET_KINDS = [mindMap, quiz, poll, openQuestion, scale, ordering, matching, hotspot, questions, drawing, selfAssessment, video, timer, assignment] as const;

/** Components an author may use that are no kind of their own. */
export const LAYOUT_COMPONENTS = [notes, column] as const satisfies readonly LayoutDefinition[];

type Definitions = (typeof WIDGET_KINDS)[number];
/** The components an author may write in a lesson. */
export type ComponentName = Definitions['component'] | (typeof LAYOUT_COMPONENTS)[number]['component'];
export type WidgetKindName = Definitions['kind'];
/** Kinds the outline's `items` and the lesson cards count. */
export type CountedKind = Exclude<WidgetKindName, 'assignment'>;

// Per kind, from its definition's type parameters (distributed over the kinds); kinds that are not
// answered have `never` for their item, value and results.
type Parts<D> =
  D extends WidgetDefinition<infer K, infer _Props, infer I, infer V, infer R, string> ? { kind: K; item: I; value: V; results: R } : never;
type ItemOf<P> = P extends { kind: infer K; item: infer I } ? ([I] extends [never] ? never : { kind: K; slide: number } & I) : never;
type KindOf<P> = P extends { kind: infer K; item: infer I } ? ([I] extends [never] ? never : K) : never;
type ValueOf<P> = P extends { value: infer V } ? V : never;
type ResultsOf<P> = P extends { results: infer R } ? ([R] extends [never] ? never : R & { answered: number }) : never;

/** Kinds a class answers live. */
export type AnswerableKind = KindOf<Parts<Definitions>>;
/** An answerable item of a live lesson: its kind, its slide, and what its kind keeps (limits, reveal). */
export type KindItem = ItemOf<Parts<Definitions>>;
/** What a student sends for an item, by kind. */
export type AnswerValue = ValueOf<Parts<Definitions>>;
/** What the board and the teacher see of an item's answers, by kind. */
export type ItemResults = ResultsOf<Parts<Definitions>>;

/** The app's registry: what the lesson check, the live server and the report look kinds up in. */
export const widgets = createRegistry(WIDGET_KINDS, LAYOUT_COMPONENTS);

/** The definition of `kind`, or undefined for a kind no folder defines. */
export const widgetKind = (kind: string) => widgets.kind(kind);

/** How `kind` is answered live, or undefined when it is not answered. */
export const answerRules = (kind: string) => widgets.answerRules(kind);

/** The timer part of `kind`, or undefined. */
export const timerRules = (kind: string) => widgets.timerRules(kind);

/** Kind names of the answerable kinds, in registry order. */
export const ANSWERABLE_KINDS = WIDGET_KINDS.filter((definition) => definition.answers !== undefined).map(
  (definition) => definition.kind,
) as AnswerableKind[];
