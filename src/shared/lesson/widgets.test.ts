import { describe, expect, it } from 'vitest';
import { WIDGET_KINDS } from '../../widgets/index.ts';
import { wordIssue, zodIssueText } from './issues.ts';
import { correctLetters, isWidgetName, optionLetter, SLIDE_KINDS, timerSeconds, WIDGETS, type WidgetName } from './widgets.ts';

/** Messages zod gives for `props` on widget `name`, worded in Dutch, or [] when valid. */
const problems = (name: WidgetName, props: Record<string, unknown>): string[] => {
  const parsed = WIDGETS[name].props.safeParse(props);
  return parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '-'}: ${issue.code === 'unrecognized_keys' ? issue.message : wordIssue(zodIssueText(issue))}`,
      );
};

const quiz = { id: 'quiz-kosten', question: 'Wat is duurder?', options: ['Behouden', 'Werven'] };

describe('WIDGETS registry', () => {
  it('knows exactly these components and their kinds', () => {
    // Every kind of the registry is a component; these are the ones the shipped lessons were written with.
    expect(Object.fromEntries(Object.entries(WIDGETS).map(([name, widget]) => [name, widget.kind]))).toMatchObject({
      Quiz: 'quiz',
      Poll: 'poll',
      MindMap: 'mindMap',
      OpenQuestion: 'openQuestion',
      Timer: 'timer',
      Video: 'video',
      Assignment: 'assignment',
      Notes: null,
      Column: null,
    });
    expect(SLIDE_KINDS).toEqual(['text', ...WIDGET_KINDS.map((definition) => definition.kind)]);
    expect(Object.keys(WIDGETS)).toEqual([...WIDGET_KINDS.map((definition) => definition.component), 'Notes', 'Column']);
  });

  it.each([
    ['Quiz', true],
    ['Column', true],
    ['Foo', false],
    ['quiz', false],
    ['toString', false],
    ['constructor', false],
  ])('isWidgetName(%s) is %s', (name, known) => {
    expect(isWidgetName(name)).toBe(known);
  });
});

describe('widget props', () => {
  const cases: { name: string; widget: WidgetName; props: Record<string, unknown>; expected: string[] }[] = [
    { name: 'quiz, single answer', widget: 'Quiz', props: { ...quiz, correct: 'B' }, expected: [] },
    {
      name: 'quiz, multiple answers',
      widget: 'Quiz',
      props: { ...quiz, options: ['a', 'b', 'c'], correct: ['A', 'C'], multiple: true },
      expected: [],
    },
    {
      name: 'quiz, 8 options and H',
      widget: 'Quiz',
      props: { ...quiz, options: ['1', '2', '3', '4', '5', '6', '7', '8'], correct: 'H' },
      expected: [],
    },
    {
      name: 'quiz, letter beyond the options',
      widget: 'Quiz',
      props: { ...quiz, correct: 'C' },
      expected: ['correct: "C" is geen optie van deze quiz (kies uit A-B)'],
    },
    {
      name: 'quiz, no correct',
      widget: 'Quiz',
      props: quiz,
      expected: ['correct: correct moet een letter zijn ("B") of een lijst letters ({["A", "C"]})'],
    },
    {
      name: 'quiz, correct as number',
      widget: 'Quiz',
      props: { ...quiz, correct: 2 },
      expected: ['correct: correct moet een letter zijn ("B") of een lijst letters ({["A", "C"]})'],
    },
    {
      name: 'quiz, letter twice',
      widget: 'Quiz',
      props: { ...quiz, correct: ['A', 'A'] },
      expected: ['correct: een letter staat dubbel in correct'],
    },
    {
      name: 'quiz, multiple={false} with one letter',
      widget: 'Quiz',
      props: { ...quiz, correct: ['B'], multiple: false },
      expected: [],
    },
    {
      name: 'quiz, multiple={false} with several letters',
      widget: 'Quiz',
      props: { ...quiz, options: ['a', 'b', 'c'], correct: ['A', 'C'], multiple: false },
      expected: ['multiple: multiple={false} maar correct heeft meer letters; geef één letter of haal multiple={false} weg'],
    },
    {
      name: 'quiz, several letters without multiple',
      widget: 'Quiz',
      props: { ...quiz, correct: ['A', 'B'] },
      expected: [],
    },
    {
      name: 'quiz, 9 options',
      widget: 'Quiz',
      props: { ...quiz, options: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], correct: 'A' },
      expected: ['options: hoogstens 8 opties'],
    },
    {
      name: 'quiz, an empty option',
      widget: 'Quiz',
      props: { ...quiz, options: ['a', ' '], correct: 'A' },
      expected: ['options.1: een optie is leeg'],
    },
    {
      name: 'quiz, options as text',
      widget: 'Quiz',
      props: { ...quiz, options: 'Ja, Nee', correct: 'A' },
      expected: ['options: options moet een lijst zijn, zoals {["Ja", "Nee"]}'],
    },
    {
      name: 'quiz, empty question',
      widget: 'Quiz',
      props: { ...quiz, question: '  ', correct: 'A' },
      expected: ['question: question is leeg'],
    },
    { name: 'poll', widget: 'Poll', props: { id: 'poll-doel', question: 'Q', options: ['Ja', 'Nee'] }, expected: [] },
    {
      name: 'poll with correct',
      widget: 'Poll',
      props: { id: 'p', question: 'Q', options: ['Ja', 'Nee'], correct: 'A' },
      expected: ['-: Unrecognized key: "correct"'],
    },
    { name: 'mind map', widget: 'MindMap', props: { id: 'm', term: 'T', model: ['a'], maxEntries: 10 }, expected: [] },
    {
      name: 'mind map, maxEntries 11',
      widget: 'MindMap',
      props: { id: 'm', term: 'T', maxEntries: 11 },
      expected: ['maxEntries: maxEntries is een heel getal van 1 tot en met 10'],
    },
    { name: 'mind map without term', widget: 'MindMap', props: { id: 'm' }, expected: ['term: term ontbreekt'] },
    {
      name: 'open question, maxLength 2001',
      widget: 'OpenQuestion',
      props: { id: 'o', question: 'Q', maxLength: 2001 },
      expected: ['maxLength: maxLength is hoogstens 2000'],
    },
    { name: 'timer "4:00"', widget: 'Timer', props: { id: 't', duration: '4:00' }, expected: [] },
    { name: 'timer 240 seconds', widget: 'Timer', props: { id: 't', duration: 240 }, expected: [] },
    { name: 'timer "1:00:00"', widget: 'Timer', props: { id: 't', duration: '1:00:00' }, expected: [] },
    {
      name: 'timer "0:04"',
      widget: 'Timer',
      props: { id: 't', duration: '0:04' },
      expected: ['duration: een timer duurt tussen 0:05 en 90:00'],
    },
    {
      name: 'timer "90:01"',
      widget: 'Timer',
      props: { id: 't', duration: '90:01' },
      expected: ['duration: een timer duurt tussen 0:05 en 90:00'],
    },
    {
      name: 'timer 4.5 seconds',
      widget: 'Timer',
      props: { id: 't', duration: 4.5 },
      expected: ['duration: "4.5" is geen geldige duur; gebruik m:ss, zoals 4:00'],
    },
    {
      name: 'timer "4:70"',
      widget: 'Timer',
      props: { id: 't', duration: '4:70' },
      expected: ['duration: "4:70" is geen geldige duur; gebruik m:ss, zoals 4:00'],
    },
    { name: 'video pending', widget: 'Video', props: { title: 'V', pending: true }, expected: [] },
    { name: 'video pending with id', widget: 'Video', props: { id: 'video-13', title: 'V', pending: true }, expected: [] },
    { name: 'video youtube', widget: 'Video', props: { title: 'V', youtube: 'dQw4w9WgXcQ' }, expected: [] },
    { name: 'video youtube with - and _', widget: 'Video', props: { title: 'V', youtube: 'a-b_c-d_e-f' }, expected: [] },
    { name: 'video webm', widget: 'Video', props: { title: 'V', src: '/videos/les.webm' }, expected: [] },
    {
      name: 'video file on another site',
      widget: 'Video',
      props: { title: 'V', src: 'https://evil.example/les.mp4' },
      expected: ['src: src is een .mp4- of .webm-bestand in public/, zoals /videos/les.mp4; geen adres van een andere site'],
    },
    {
      name: 'video file path with ..',
      widget: 'Video',
      props: { title: 'V', src: '/videos/../../les.mp4' },
      expected: ['src: src is een .mp4- of .webm-bestand in public/, zoals /videos/les.mp4; geen .. in het pad'],
    },
    {
      name: 'video file path with a quote',
      widget: 'Video',
      props: { title: 'V', src: '/videos/les".mp4' },
      expected: [
        'src: src is een .mp4- of .webm-bestand in public/, zoals /videos/les.mp4; alleen letters, cijfers en - _ . / % in het pad (geen spaties, quotes of haakjes)',
      ],
    },
    {
      name: 'video no source',
      widget: 'Video',
      props: { title: 'V' },
      expected: ['src: video zonder bron: geef youtube, vimeo of src (of pending als de docent die nog kiest)'],
    },
    {
      name: 'video pending: false',
      widget: 'Video',
      props: { title: 'V', pending: false },
      expected: ['src: video zonder bron: geef youtube, vimeo of src (of pending als de docent die nog kiest)'],
    },
    {
      name: 'video two sources',
      widget: 'Video',
      props: { title: 'V', youtube: 'dQw4w9WgXcQ', src: '/videos/a.mp4' },
      expected: ['src: geef precies één bron: youtube, vimeo of src'],
    },
    {
      name: 'video three sources',
      widget: 'Video',
      props: { title: 'V', youtube: 'dQw4w9WgXcQ', vimeo: '123456', src: '/videos/a.mp4' },
      expected: ['src: geef precies één bron: youtube, vimeo of src'],
    },
    {
      name: 'video youtube 12 chars',
      widget: 'Video',
      props: { title: 'V', youtube: 'dQw4w9WgXcQQ' },
      expected: ['youtube: youtube is de video-id van 11 tekens (uit de link)'],
    },
    {
      name: 'video youtube with a dot',
      widget: 'Video',
      props: { title: 'V', youtube: 'dQw4w9WgXc.' },
      expected: ['youtube: youtube is de video-id van 11 tekens (uit de link)'],
    },
    {
      name: 'video vimeo letters',
      widget: 'Video',
      props: { title: 'V', vimeo: 'abcdef' },
      expected: ['vimeo: vimeo is het nummer van de video'],
    },
    {
      name: 'video bad start',
      widget: 'Video',
      props: { title: 'V', pending: true, start: '1:5' },
      expected: ['start: gebruik m:ss, zoals 1:30'],
    },
    {
      name: 'assignment',
      widget: 'Assignment',
      props: { id: 'a', title: 'Moodboard', parts: ['doel'], explanationRequired: true },
      expected: [],
    },
    { name: 'notes', widget: 'Notes', props: {}, expected: [] },
    { name: 'column with a prop', widget: 'Column', props: { width: 2 }, expected: ['-: Unrecognized key: "width"'] },
  ];
  it.each(cases)('$name', ({ widget, props, expected }) => {
    expect(problems(widget, props)).toEqual(expected);
  });
});

describe('helpers', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [7, 'H'],
  ])('optionLetter(%i) is %s', (index, letter) => {
    expect(optionLetter(index)).toBe(letter);
  });

  it('correctLetters always gives an array', () => {
    expect(correctLetters({ correct: 'B' })).toEqual(['B']);
    expect(correctLetters({ correct: ['A', 'C'] })).toEqual(['A', 'C']);
  });

  it.each([
    ['4:00', 240],
    ['3:00', 180],
    ['0:05', 5],
    ['1:00:00', 3600],
    [90, 90],
  ] as const)('timerSeconds(%j) is %i', (duration, seconds) => {
    expect(timerSeconds({ duration })).toBe(seconds);
  });
});
