import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../lesson/parse.ts';
import { sessionLessonFrom } from './lesson.ts';
import { reduce, type SessionAction } from './reduce.ts';
import { createSessionState, type SessionLesson, type SessionState } from './state.ts';

const lesson: SessionLesson = {
  slug: 'm/les',
  slideCount: 6,
  items: {
    'quiz-1': { kind: 'quiz', slide: 2, optionCount: 2, multiple: false },
    'mind-1': { kind: 'mindMap', slide: 3, maxEntries: 3 },
    'open-1': { kind: 'openQuestion', slide: 5, maxLength: 100 },
  },
  timers: { 'timer-1': { slide: 4, durationMs: 240_000 } },
};

const start = createSessionState(lesson);
const run = (actions: SessionAction[], from: SessionState = start, now = 1_000): SessionState =>
  actions.reduce((state, action) => {
    const result = reduce(state, action, lesson, now);
    if (!result.ok) throw new Error(`${action.type} refused: ${result.code}`);
    return result.state;
  }, from);

describe('reduce: accepted actions', () => {
  const cases: { name: string; actions: SessionAction[]; expect: Partial<SessionState> }[] = [
    { name: 'goes to a slide', actions: [{ type: 'slide:goto', index: 3 }], expect: { slide: 3 } },
    {
      name: 'opening an item jumps to its slide',
      actions: [{ type: 'item:open', id: 'open-1' }],
      expect: { slide: 5, openItem: { id: 'open-1', allowChanges: false } },
    },
    {
      name: 'opens with changes allowed',
      actions: [{ type: 'item:open', id: 'quiz-1', allowChanges: true }],
      expect: { openItem: { id: 'quiz-1', allowChanges: true } },
    },
    {
      name: 'closing keeps the item among the closed ones',
      actions: [{ type: 'item:open', id: 'quiz-1' }, { type: 'item:close' }],
      expect: { openItem: null, closedItems: ['quiz-1'] },
    },
    {
      name: 'opening another item closes the first',
      actions: [
        { type: 'item:open', id: 'quiz-1' },
        { type: 'item:open', id: 'mind-1' },
      ],
      expect: { openItem: { id: 'mind-1', allowChanges: false }, closedItems: ['quiz-1'], slide: 3 },
    },
    {
      name: 'reopening removes it from the closed ones',
      actions: [{ type: 'item:open', id: 'quiz-1' }, { type: 'item:close' }, { type: 'item:open', id: 'quiz-1' }],
      expect: { closedItems: [] },
    },
    {
      name: 'leaving the slide closes its item and hides results',
      actions: [
        { type: 'item:open', id: 'quiz-1' },
        { type: 'results:show', shown: true },
        { type: 'slide:goto', index: 3 },
      ],
      expect: { openItem: null, closedItems: ['quiz-1'], resultsShown: false },
    },
    {
      name: 'staying on the slide keeps the item open',
      actions: [
        { type: 'item:open', id: 'quiz-1' },
        { type: 'slide:goto', index: 2 },
      ],
      expect: { openItem: { id: 'quiz-1', allowChanges: false } },
    },
    {
      name: 'reveals a quiz answer once',
      actions: [
        { type: 'answer:reveal', id: 'quiz-1', revealed: true },
        { type: 'answer:reveal', id: 'quiz-1', revealed: true },
      ],
      expect: { revealed: ['quiz-1'] },
    },
    {
      name: 'hides the reveal again',
      actions: [
        { type: 'answer:reveal', id: 'quiz-1', revealed: true },
        { type: 'answer:reveal', id: 'quiz-1', revealed: false },
      ],
      expect: { revealed: [] },
    },
    { name: 'shows the mind-map model', actions: [{ type: 'model:show', id: 'mind-1', shown: true }], expect: { modelShown: ['mind-1'] } },
    { name: 'names on the board', actions: [{ type: 'session:anonymous', anonymous: false }], expect: { anonymous: false } },
    { name: 'locks the session', actions: [{ type: 'session:lock', locked: true }], expect: { locked: true } },
    {
      name: 'hides and highlights answers',
      actions: [
        { type: 'answer:hide', answerId: 'a1', hidden: true },
        { type: 'answer:highlight', answerId: 'a2', highlighted: true },
      ],
      expect: { hiddenAnswers: ['a1'], highlightedAnswers: ['a2'] },
    },
    {
      name: 'results of a closed question hide when the next question opens',
      actions: [
        { type: 'item:open', id: 'mind-1' },
        { type: 'item:close' },
        { type: 'results:show', shown: true },
        { type: 'item:open', id: 'open-1' },
      ],
      expect: { resultsShown: false, openItem: { id: 'open-1', allowChanges: false } },
    },
    {
      name: 'results hide on any slide change, also from a slide without an open item',
      actions: [
        { type: 'item:open', id: 'quiz-1' },
        { type: 'item:close' },
        { type: 'results:show', shown: true },
        { type: 'slide:goto', index: 4 },
      ],
      expect: { resultsShown: false, slide: 4 },
    },
    {
      name: 'the lobby shows until the lesson moves on',
      actions: [{ type: 'slide:goto', index: 2 }],
      expect: { lobby: false },
    },
    {
      name: 'the lobby can be shown again and the banner hidden',
      actions: [
        { type: 'slide:goto', index: 2 },
        { type: 'session:lobby', shown: true },
        { type: 'session:banner', shown: false },
      ],
      expect: { lobby: true, joinBanner: false, slide: 2 },
    },
    {
      name: 'opening an item closes the lobby',
      actions: [{ type: 'item:open', id: 'quiz-1' }],
      expect: { lobby: false },
    },
    {
      name: 'the picker shows who was drawn, with the time of the draw',
      actions: [{ type: 'picker:pick', participantId: 'p1', name: 'Sam' }],
      expect: { picked: { participantId: 'p1', name: 'Sam', at: 1_000 } },
    },
    {
      name: 'the picked name clears, and leaves with the slide',
      actions: [
        { type: 'picker:pick', participantId: 'p1', name: 'Sam' },
        { type: 'slide:goto', index: 3 },
      ],
      expect: { picked: null },
    },
    {
      name: 'the picked name clears on request',
      actions: [{ type: 'picker:pick', participantId: 'p1', name: 'Sam' }, { type: 'picker:clear' }],
      expect: { picked: null },
    },
    {
      name: 'a competition with speed points, its top 5 hiding when a question opens',
      actions: [
        { type: 'session:competition', on: true, speed: true },
        { type: 'leaderboard:show', shown: true },
        { type: 'item:open', id: 'quiz-1' },
      ],
      expect: { competition: { speed: true }, leaderboardShown: false },
    },
    {
      name: 'no top 5 without a competition, and none once it is switched off',
      actions: [
        { type: 'leaderboard:show', shown: true },
        { type: 'session:competition', on: true, speed: false },
        { type: 'leaderboard:show', shown: true },
        { type: 'session:competition', on: false, speed: false },
      ],
      expect: { competition: null, leaderboardShown: false },
    },
    {
      name: 'ending closes the item and locks',
      actions: [{ type: 'item:open', id: 'quiz-1' }, { type: 'session:end' }],
      expect: { ended: true, openItem: null, locked: true },
    },
  ];
  it.each(cases)('$name', ({ actions, expect: expected }) => {
    const state = run(actions);
    expect(state).toMatchObject(expected);
    expect(state.revision).toBe(actions.length);
  });

  it('starts anonymous, unlocked, on slide 1, with every timer idle at its planned duration', () => {
    expect(start).toMatchObject({
      revision: 0,
      slide: 1,
      anonymous: true,
      locked: false,
      lobby: true,
      joinBanner: true,
      picked: null,
      competition: null,
      openItem: null,
      timers: { 'timer-1': { durationMs: 240_000, startedAt: null, pausedAt: null } },
    });
  });
});

describe('reduce: timers are timestamps', () => {
  it('starts, pauses, resumes, adds a minute and resets', () => {
    let state = run([{ type: 'timer:start', id: 'timer-1' }], start, 10_000);
    expect(state.timers['timer-1']).toEqual({ durationMs: 240_000, startedAt: 10_000, pausedAt: null });
    state = run([{ type: 'timer:pause', id: 'timer-1' }], state, 70_000);
    expect(state.timers['timer-1']).toEqual({ durationMs: 240_000, startedAt: 10_000, pausedAt: 70_000 });
    state = run([{ type: 'timer:start', id: 'timer-1' }], state, 100_000);
    expect(state.timers['timer-1']).toEqual({ durationMs: 240_000, startedAt: 40_000, pausedAt: null });
    state = run([{ type: 'timer:addMinute', id: 'timer-1' }], state, 110_000);
    expect(state.timers['timer-1']?.durationMs).toBe(300_000);
    state = run([{ type: 'timer:reset', id: 'timer-1' }], state, 120_000);
    expect(state.timers['timer-1']).toEqual({ durationMs: 240_000, startedAt: null, pausedAt: null });
  });
});

describe('reduce: refused actions leave the state alone', () => {
  const cases: { action: SessionAction; code: string; from?: SessionAction[] }[] = [
    { action: { type: 'slide:goto', index: 0 }, code: 'slide_out_of_range' },
    { action: { type: 'slide:goto', index: 7 }, code: 'slide_out_of_range' },
    { action: { type: 'slide:goto', index: 2.5 }, code: 'slide_out_of_range' },
    { action: { type: 'item:open', id: 'nope' }, code: 'unknown_item' },
    { action: { type: 'item:open', id: 'timer-1' }, code: 'unknown_item' },
    { action: { type: 'answer:reveal', id: 'mind-1', revealed: true }, code: 'not_revealable' },
    { action: { type: 'answer:reveal', id: 'nope', revealed: true }, code: 'unknown_item' },
    { action: { type: 'model:show', id: 'quiz-1', shown: true }, code: 'no_model' },
    { action: { type: 'timer:start', id: 'quiz-1' }, code: 'unknown_timer' },
    { action: { type: 'slide:goto', index: 2 }, code: 'session_ended', from: [{ type: 'session:end' }] },
  ];
  it.each(cases)('$action.type $code', ({ action, code, from = [] }) => {
    const before = run(from);
    expect(reduce(before, action, lesson, 1_000)).toEqual({ ok: false, code });
  });
});

describe('sessionLessonFrom', () => {
  it('reads the items, limits and timers of Les 2', () => {
    const parsed = parseLesson(readFileSync('lessons/relatiebeheer/les-2-wat-is-relatiebeheer.mdx', 'utf8'));
    const live = sessionLessonFrom('relatiebeheer/les-2-wat-is-relatiebeheer', parsed);
    expect(live.slideCount).toBe(31);
    expect(live.items['quiz-kosten']).toEqual({
      kind: 'quiz',
      slide: 12,
      optionCount: 2,
      multiple: false,
      reveal: { correct: ['B'], explanation: expect.stringContaining('werven van nieuwe klanten') },
    });
    expect(live.items['poll-praktische-zaken']).toMatchObject({ kind: 'poll', slide: 30, optionCount: 2 });
    expect(live.items['mindmap-relatiebeheer']).toEqual({
      kind: 'mindMap',
      slide: 8,
      maxEntries: 5,
      reveal: { model: expect.arrayContaining(['Klantretentie']) },
    });
    expect(live.items['open-klantwaarde']).toEqual({ kind: 'openQuestion', slide: 31, maxLength: 500 });
    expect(live.timers).toEqual({
      'timer-zelfstandig': { slide: 19, durationMs: 240_000 },
      'timer-drietallen': { slide: 20, durationMs: 180_000 },
    });
    expect(live.items['binding-activiteiten']).toEqual({ kind: 'openQuestion', slide: 19, maxLength: 600 });
    // "Goal!": one level for each of the lesson's four goals.
    expect(live.items['kan-ik-dit']).toEqual({ kind: 'selfAssessment', slide: 29, goals: 4 });
    expect(Object.keys(live.items)).toHaveLength(7);
  });
});
