import type { MessageKey } from './nl.ts';

/** Id of the page's `<script type="application/json">` with the messages its scripts word. */
export const PAGE_MESSAGES_ID = 'page-messages';

export type PageMessages = Partial<Record<MessageKey, string>>;

let read: PageMessages | null = null;

/** In the browser: the messages the page brought (see ClientMessages.astro), read once. */
export function pageMessages(): PageMessages {
  if (read === null) {
    const element = typeof document === 'undefined' ? null : document.getElementById(PAGE_MESSAGES_ID);
    read = element?.textContent ? (JSON.parse(element.textContent) as PageMessages) : {};
  }
  return read;
}
