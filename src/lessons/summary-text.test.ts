import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { ITEM_KINDS, type ItemCounts } from '../shared/lesson/outline.ts';
import { summaryText } from './summary-text.ts';

const none = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, 0])) as ItemCounts;
/** The widgets of Les 2 (Wat is relatiebeheer?). */
const les2: ItemCounts = { ...none, quiz: 1, poll: 1, mindMap: 2, openQuestion: 1, timer: 2, video: 2 };

describe('summaryText', () => {
  const cases: [string, 'nl' | 'en', number, ItemCounts, string][] = [
    ['Les 2 in Dutch', 'nl', 31, les2, "31 dia's: 2 mindmaps, 1 quiz, 1 peiling, 1 open vraag, 2 video's, 2 timers"],
    ['Les 2 in English', 'en', 31, les2, '31 slides: 2 mind maps, 1 quiz, 1 poll, 1 open question, 2 videos, 2 timers'],
    ['only text, Dutch', 'nl', 12, none, "12 dia's"],
    ['only text, English', 'en', 12, none, '12 slides'],
    ['one slide', 'nl', 1, none, '1 dia'],
    ['one slide, English', 'en', 1, none, '1 slide'],
    ['15 quizzes', 'nl', 17, { ...none, quiz: 15 }, "17 dia's: 15 quizzen"],
    ['plural of every kind', 'nl', 9, { ...none, quiz: 2, poll: 3, mindMap: 4, openQuestion: 5, scale: 8, timer: 6, video: 7 }, "9 dia's: 4 mindmaps, 2 quizzen, 3 peilingen, 5 open vragen, 8 schalen, 7 video's, 6 timers"],
    ['singular of every kind, English', 'en', 6, { ...none, quiz: 1, poll: 1, mindMap: 1, openQuestion: 1, scale: 1, timer: 1, video: 1 }, '6 slides: 1 mind map, 1 quiz, 1 poll, 1 open question, 1 scale, 1 video, 1 timer'],
    ['zero slides', 'en', 0, none, '0 slides'],
  ];
  it.each(cases)('%s', (_name, lang, slides, items, text) => {
    expect(summaryText(slides, items, translator(lang))).toBe(text);
  });
});
