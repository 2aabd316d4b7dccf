import { z, type ZodType } from 'zod';
import type { AnswerRules, LayoutDefinition, TimerRules, WidgetDefinition } from './definition.ts';

// The parts as the callers use them, whatever the kind: each kind's rules only ever see their own
// items and values, which the callers guarantee by looking the kind up first.
export type AnyAnswerRules = AnswerRules<unknown, unknown, { kind: string }, { kind: string }>;
export type AnyDefinition = WidgetDefinition<string, unknown, unknown, { kind: string }, { kind: string }, string>;

/** A component an author may write: its kind's definition, or null for a layout component. */
export interface RegisteredComponent {
  name: string;
  kind: string | null;
  props: ZodType;
  definition: AnyDefinition | null;
}

/** Lookups over a list of widget kinds: what the lesson check, the live server and the report use. */
export interface WidgetRegistry {
  /** The kinds, in the order cards, the outline and the guide list them. */
  kinds: readonly AnyDefinition[];
  /** Every component an author may write, kinds first, by name. */
  components: ReadonlyMap<string, RegisteredComponent>;
  kind(kind: string): AnyDefinition | undefined;
  answerRules(kind: string): AnyAnswerRules | undefined;
  timerRules(kind: string): TimerRules<unknown> | undefined;
  /** An answer of any answerable kind, told apart by `kind`. */
  answerValue: ZodType<{ kind: string }>;
}

/** The registry of `kinds` and `layouts`; a kind or component named twice is a programming error. */
export function createRegistry(kinds: readonly object[], layouts: readonly LayoutDefinition[]): WidgetRegistry {
  const definitions = kinds as readonly AnyDefinition[];
  const byKind = new Map(definitions.map((definition) => [definition.kind, definition]));
  const components = new Map<string, RegisteredComponent>([
    ...definitions.map((definition): [string, RegisteredComponent] => [
      definition.component,
      { name: definition.component, kind: definition.kind, props: definition.props, definition },
    ]),
    ...layouts.map((layout): [string, RegisteredComponent] => [
      layout.component,
      { name: layout.component, kind: null, props: layout.props, definition: null },
    ]),
  ]);
  if (byKind.size !== definitions.length || components.size !== definitions.length + layouts.length) {
    throw new Error('Widget registry: a kind or a component name is used twice');
  }
  const values = definitions.flatMap((definition) => (definition.answers ? [definition.answers.value] : []));
  return {
    kinds: definitions,
    components,
    kind: (kind) => byKind.get(kind),
    answerRules: (kind) => byKind.get(kind)?.answers,
    timerRules: (kind) => byKind.get(kind)?.timer,
    answerValue: z.discriminatedUnion('kind', values as unknown as [z.ZodObject<{ kind: z.ZodLiteral<string> }>]) as unknown as ZodType<{
      kind: string;
    }>,
  };
}
