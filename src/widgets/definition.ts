import type { ZodType } from 'zod';
import type { Language, MessageKey, Translate } from '../i18n/index.ts';
import type { AnswerErrorCode } from '../shared/session/error-codes.ts';
import type { HotspotArea } from './hotspot/area.ts';

// What one kind of widget is, apart from its components: the contract every folder under
// src/widgets/<kind>/ fulfils in its `widget.ts`, and that the registry (index.ts) lists. Pure and
// isomorphic: the lesson check, the live server, the report and the pages read it; the browser's
// islands never import it (its props schemas are zod).

/** One section of the authoring guide about a kind. */
export interface GuideEntry {
  /** The section's anchor on the guide page. */
  id: string;
  title: Record<Language, string>;
  text: Record<Language, string>;
  /** An example to copy: MDX the lesson check accepts. */
  code: string;
  /** Which widget of the example (0 the first) the guide shows live below it; none without. */
  demo?: number;
}

/** What the report and the teacher's panel need to name an item and read its answers. */
export interface ItemDescription {
  /** The question, or a mind map's term. */
  prompt: string;
  /** Choices as the author wrote them, A first (quiz, poll); empty for the other kinds. */
  options: string[];
  /** Quiz: the right letters, sorted; empty for kinds without a right answer. */
  correct: string[];
  /** Whether the lesson has a model answer the teacher can show (a mind map's model). */
  hasModel: boolean;
  /** The right answer as lines for the teacher's eyes ("B – werven van nieuwe klanten"); none for kinds without one. */
  rightAnswer?: string[];
  /** Matching: the left column, in the author's order. */
  lefts?: string[];
  /** Hotspot: the image tapped on, and the right areas (in percent of it). */
  image?: { src: string; alt: string };
  areas?: HotspotArea[];
}

/** A stored answer as a results summary reads it. */
export interface SummaryAnswer<Value> {
  id: string;
  participantId: string;
  value: Value;
  createdAt: number;
}

export type AnswerCheck<Value> = { ok: true; value: Value } | { ok: false; code: AnswerErrorCode; params?: { max: number } };

/** Whether an answer chose exactly the right one; null for kinds without a right answer. */
export type Verdict = 'right' | 'wrong' | null;

/**
 * How a class answers a kind live: what the session keeps of its props (`item`, limits and the
 * reveal, which stays on the server until the teacher shows it), the shape of an answer on the
 * wire, the rules an answer must keep, and how answers add up on the board and read in the report.
 */
export interface AnswerRules<Props, Item, Value extends { kind: string }, Results extends { kind: string }> {
  /** An answer as a phone sends it (`{ kind, ... }`, strict): parsed before anything else. */
  value: ZodType<Value>;
  /** What the live session keeps of the props: limits, and what a reveal shows. */
  item(props: Props): Item;
  /** Checks a parsed answer against the item's limits; returns it cleaned (trimmed, deduplicated, sorted). */
  check(item: Item, value: Value): AnswerCheck<Value>;
  /** What the board and the teacher see of all answers so far (`answered` is added by the caller). */
  summarise(item: Item, answers: readonly SummaryAnswer<Value>[]): Omit<Results, 'answered'>;
  /** Names the item and what the report reads its answers with. */
  describe(props: Props): ItemDescription;
  /** An answer as a person reads it in the report and the CSV, words of the app's own in the reader's language (`t`). */
  answerText(item: ItemDescription, value: Value, t?: Translate): string;
  /**
   * The results as the report's table: a heading for the first column, and a row per option or idea
   * with its count; with `columns`, a count per column (`counts`) instead. None for kinds the report
   * lists per student only.
   */
  tally?(item: ItemDescription, results: Results): ReportTally;
  /** Right or wrong, for kinds with a right answer. */
  verdict?(item: ItemDescription, value: Value): Verdict;
  /** What the teacher can show the class on top of the results: the right answer, or a model. */
  reveals?: 'answer' | 'model';
  /** A student's answer may change whenever the item is open, without the teacher allowing changes (posting and voting add to it). */
  changeable?: boolean;
  /**
   * What each phone sees of the class's answers, for kinds where students react to each other's
   * (the class's questions): never who wrote what, and without what the teacher hid.
   */
  forClass?(results: Results, marks: ClassMarks, viewer: { participantId: string; value: Value | undefined }): ClassEntry[];
  /** The kind's name on the teacher's panel and in the report's CSV. */
  labels: { panel: MessageKey; report: MessageKey };
}

/** What the teacher marked of a kind's entries: hidden from the class, or answered. */
export interface ClassMarks {
  hidden: readonly string[];
  answered: readonly string[];
}

/** An entry as the class sees it on the phones: no author, and whether it is this student's own. */
export interface ClassEntry {
  id: string;
  text: string;
  votes: number;
  mine: boolean;
  /** This student's vote is among `votes`. */
  voted: boolean;
  answered: boolean;
}

/** The report's table of a kind's results. */
export interface ReportTally {
  heading: MessageKey;
  /** The count columns' headings; one column, "Aantal", without. */
  columns?: MessageKey[];
  rows: { label: string; count: number; counts?: number[] }[];
}

/** What a lesson gives its widgets besides their props. */
export interface LessonContext {
  /** The learning goals of the frontmatter. */
  goals: readonly string[];
  /** The language the lesson is written in. */
  language: string;
}

/** A timer's part in the live session: how long it runs. */
export interface TimerRules<Props> {
  durationMs(props: Props): number;
  /** The label the teacher's panel shows. */
  label(props: Props): string;
}

export interface WidgetDefinition<
  Kind extends string,
  Props,
  Item = never,
  Value extends { kind: string } = never,
  Results extends { kind: string } = never,
  Component extends string = string,
> {
  /** The kind as the outline API and the session name it (`quiz`, `mindMap`). */
  kind: Kind;
  /** The MDX component an author writes (`Quiz`); its `.astro` file in the folder has this name. */
  component: Component;
  /** The props an author may give, checked at build time; messages are lesson-issue codes. */
  props: ZodType<Props>;
  /** Props that name a file in public/ the lesson shows (checked to exist, listed as the lesson's assets). */
  assetProps?: readonly string[];
  /** The element's own text is part of it (an assignment's brief). */
  keepsText?: boolean;
  /** Fills in props the author left to the lesson (a self-assessment's goals come from the frontmatter); props were checked before. */
  fromLesson?: (props: Props, lesson: LessonContext) => Props;
  /** Counted in the outline's `items` and on lesson cards (default true); the assignment is not: it belongs to the module. */
  counted?: boolean;
  /** The prefix of the kind's own messages in the catalogues (`scale` for `scale.*`): the pages that show it bring them. */
  messages: string;
  /** The kind's name on lesson cards: one, and `{n}` of them. */
  names: { one: MessageKey; many: MessageKey };
  /** Its sections in the authoring guide. */
  guide: readonly GuideEntry[];
  /** Answered live by the class. */
  answers?: AnswerRules<Props, Item, Value, Results>;
  /** Runs on every screen in a live lesson. */
  timer?: TimerRules<Props>;
}

/** Keeps the kind's literal type and checks the definition's parts against each other. */
export const defineWidget = <
  const Kind extends string,
  Props,
  Item = never,
  Value extends { kind: Kind } = never,
  Results extends { kind: Kind } = never,
  const Component extends string = string,
>(
  definition: WidgetDefinition<Kind, Props, Item, Value, Results, Component>,
) => definition;

/** A component an author may use that is not a kind of its own (speaker notes, columns). */
export interface LayoutDefinition<Component extends string = string> {
  component: Component;
  props: ZodType<Record<string, never>>;
}
