import { WIDGET_KINDS } from '../widgets/index.ts';
import { en } from './en.ts';
import type { Language } from './index.ts';
import { nl, type MessageKey } from './nl.ts';
import type { PageMessages } from './page-messages.ts';

/**
 * Which messages a page's scripts word in the browser: every message (`'all'`), or those whose key
 * starts with one of the given prefixes (`'liveItem'` takes `liveItem.*`).
 */
export type ClientMessages = 'all' | readonly string[];

/**
 * What the student's phone words in a live lesson (the join form, the live widgets of the kinds the
 * lesson uses, refusals and the connection state); kept small because the phone loads it before the
 * first answer.
 */
export function studentLiveMessages(kinds: Iterable<string>): readonly string[] {
  const used = new Set(kinds);
  return [
    'join',
    'live',
    'liveItem',
    'liveError',
    ...WIDGET_KINDS.filter((definition) => (definition.answers || definition.timer) && used.has(definition.kind)).map(
      (definition) => definition.messages,
    ),
  ];
}

const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };

/** The messages of `lang` that `wanted` names; on the server only. */
export function clientMessagesOf(lang: Language, wanted: ClientMessages): PageMessages {
  const catalogue = catalogues[lang];
  if (wanted === 'all') return catalogue;
  const prefixes = new Set(wanted);
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => prefixes.has(key.slice(0, key.indexOf('.')))));
}

/** JSON safe to place inside a `<script>` element: no `</script>` or `<!--` can close it early. */
export const scriptSafeJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
