import { WIDGET_KINDS, widgets, type ComponentName, type WidgetKindName } from '../../widgets/index.ts';
import type { RegisteredComponent } from '../../widgets/registry.ts';

export { correctLetters, optionLetter, timerSeconds } from './widget-values.ts';

// The lesson check's view of the widget registry (src/widgets/index.ts): components by name.

export type WidgetKind = WidgetKindName;
/** Kinds of content a slide can hold, as reported in outlines. */
export type SlideKind = 'text' | WidgetKind;
export const SLIDE_KINDS: readonly SlideKind[] = ['text', ...WIDGET_KINDS.map((definition) => definition.kind)];

export type WidgetName = ComponentName;

/** Every component an author may use in a lesson: its kind (null for layout) and its props schema. */
export const WIDGETS = Object.fromEntries(widgets.components) as Readonly<Record<WidgetName, RegisteredComponent>>;

export const isWidgetName = (name: string): name is WidgetName => Object.hasOwn(WIDGETS, name);
