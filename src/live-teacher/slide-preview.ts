import { fitSlide } from '../deck/fit.ts';

/** Elements of a rendered lesson that must not come alive in a preview. */
const DROP = 'script, template, style, iframe, [data-notes]';

/**
 * A still copy of slide `index` from the page's `<template>` of rendered slides, or null when the
 * lesson has no such slide. Islands are unwrapped to their server-rendered markup (so no widget
 * hydrates, opens a connection or talks to the board's timers), scripts dropped and ids removed;
 * the frame that holds the copy is inert and hidden from assistive technology.
 */
export function slideCopy(source: HTMLTemplateElement, index: number): HTMLElement | null {
  const original = source.content.querySelector<HTMLElement>(`[data-slide-frame="${index}"]`);
  if (!original) return null;
  // Cloned inside the template's own document, where custom elements are not upgraded.
  const copy = original.cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll(DROP)) element.remove();
  for (const wrapper of copy.querySelectorAll('astro-island, astro-slot')) wrapper.replaceWith(...wrapper.childNodes);
  for (const element of [copy, ...copy.querySelectorAll('[id]')]) element.removeAttribute('id');
  return document.importNode(copy, true);
}

/** Puts slide `index` into `frame` (or empties it) and shrinks its text to fit like the board does. */
export function showSlideIn(frame: HTMLElement, source: HTMLTemplateElement | null, index: number | null): void {
  const copy = source && index !== null ? slideCopy(source, index) : null;
  frame.replaceChildren(...(copy ? [copy] : []));
  const slide = copy?.querySelector<HTMLElement>('.slide');
  if (slide) fitSlide(slide);
}
