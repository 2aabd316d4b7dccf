import { expect, type Locator, type Page } from '@playwright/test';
import type { ItemKind, LessonOutline } from '../../src/shared/lesson/outline.ts';

/** The reference lesson and a second one with many quizzes. */
export const LES2 = 'relatiebeheer/les-2-wat-is-relatiebeheer';
export const WAARHEDEN = 'relatiebeheer/waarheden-klanttevredenheid';
export const LES2_SLIDES = 31;

export { ITEM_KINDS } from '../../src/shared/lesson/outline.ts';
export type { ItemKind, LessonOutline, LessonSummary } from '../../src/shared/lesson/outline.ts';

/** Summary line as the catalogue writes it in Dutch, computed independently from the counts. */
export function dutchSummary(slideCount: number, items: Record<ItemKind, number>): string {
  const singular: Partial<Record<ItemKind, string>> = {
    mindMap: 'mindmap',
    quiz: 'quiz',
    poll: 'peiling',
    openQuestion: 'open vraag',
    video: 'video',
    timer: 'timer',
    scale: 'schaal',
    ordering: 'volgorde',
    matching: 'koppeling',
    hotspot: 'aanwijsvraag',
    questions: 'vragenronde',
    drawing: 'tekening',
    selfAssessment: 'zelfbeoordeling',
  };
  const plural: Partial<Record<ItemKind, string>> = {
    mindMap: 'mindmaps',
    quiz: 'quizzen',
    poll: 'peilingen',
    openQuestion: 'open vragen',
    video: "video's",
    timer: 'timers',
    scale: 'schalen',
    ordering: 'volgordes',
    matching: 'koppelingen',
    hotspot: 'aanwijsvragen',
    questions: 'vragenrondes',
    drawing: 'tekeningen',
    selfAssessment: 'zelfbeoordelingen',
  };
  const order: ItemKind[] = ['mindMap', 'quiz', 'poll', 'openQuestion', 'scale', 'ordering', 'matching', 'hotspot', 'questions', 'drawing', 'selfAssessment', 'video', 'timer'];
  const slides = slideCount === 1 ? '1 dia' : `${slideCount} dia's`;
  const parts = order
    .filter((kind) => items[kind] > 0)
    .map((kind) => `${items[kind]} ${items[kind] === 1 ? singular[kind] : plural[kind]}`);
  return parts.length > 0 ? `${slides}: ${parts.join(', ')}` : slides;
}

/** Waits until every React island inside `scope` has hydrated (Astro drops the `ssr` attribute). */
export async function waitForIslands(scope: Locator | Page): Promise<void> {
  await expect(scope.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Opens present mode (optionally on a slide) and waits for the deck script. */
export async function openPresent(page: Page, slug = LES2, slide?: number): Promise<void> {
  await page.goto(`/lessons/${slug}/present${slide ? `#${slide}` : ''}`);
  await expect(page.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
}

/** Opens study mode and waits for the deck script. */
export async function openStudy(page: Page, slug = LES2): Promise<void> {
  await page.goto(`/lessons/${slug}/study`);
  await expect(page.locator('[data-deck="study"]')).toHaveAttribute('data-ready', 'true');
}

/** The slide frame currently shown. */
export const currentFrame = (page: Page): Locator => page.locator('.slide-frame.is-current');

/** Fetches a lesson outline from the API. */
export async function fetchOutline(page: Page, slug = LES2): Promise<LessonOutline> {
  const response = await page.request.get(`/api/lessons/${slug}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as LessonOutline;
}
