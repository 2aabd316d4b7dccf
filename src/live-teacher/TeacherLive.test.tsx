import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { $connection, $participants, $results, $session, resetLiveStores } from '../live/stores.ts';
import { createSessionState, type SessionState } from '../shared/session/state.ts';
import type { TeacherLesson } from './lesson-view.ts';
import TeacherLive from './TeacherLive.tsx';

const lesson: TeacherLesson = {
  slides: Array.from({ length: 31 }, (_, i) => ({ index: i + 1, title: i === 11 ? 'Wat is duurder?' : `Dia ${i + 1}` })),
  items: [
    {
      id: 'quiz-kosten',
      kind: 'quiz',
      slide: 12,
      prompt: 'Wat is duurder?',
      options: ['behouden', 'werven'],
      correct: ['B'],
      hasModel: false, rightAnswer: [], label: 'liveTeacher.kind.quiz', reveals: 'answer',
    },
    {
      id: 'open-klantwaarde',
      kind: 'openQuestion',
      slide: 31,
      prompt: 'Wanneer is een klant van waarde?',
      options: [],
      correct: [],
      hasModel: false, rightAnswer: [], label: 'liveTeacher.kind.openQuestion', reveals: null,
    },
  ],
  timers: [{ id: 'timer-zelfstandig', slide: 12, label: 'Zelfstandig werken', durationMs: 240_000 }],
};
const started = (change: Partial<SessionState>): SessionState => ({
  ...createSessionState({ slug: 'x', slideCount: 31, items: {}, timers: { 'timer-zelfstandig': { slide: 12, durationMs: 240_000 } } }),
  ...change,
});
const render = () =>
  renderToStaticMarkup(
    <TeacherLive
      sessionId="s1"
      lang="nl"
      lesson={lesson}
      title="Les 2"
      join={{ address: 'school.nl/join', code: 'ACDEFG', qrSvg: '<svg></svg>' }}
      boardUrl="/lessons/x/present?live=s1"
      slidesSourceId="slides"
      reportUrl="/docent/live/s1/rapport"
    />,
  );
/** Whether the markup before `marker` leaves a `<details>` element open around it. */
const insideDetails = (html: string, marker: string) => {
  const before = html.slice(0, html.indexOf(marker));
  return before.split('<details').length > before.split('</details>').length;
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

afterEach(resetLiveStores);

describe('TeacherLive', () => {
  it('renders the waiting state before the first session state, with the alert region in place', () => {
    const html = render();
    expect(text(html)).toContain('Verbinden met de les…');
    expect(text(html)).toContain('De les wordt geladen…');
    expect(html).toContain('role="alert"');
  });

  it('shows the slide, the quiz and timer on it, the lobby and the answered count', () => {
    $connection.set('online');
    $session.set(started({ slide: 12, openItem: { id: 'quiz-kosten', allowChanges: true }, revealed: ['quiz-kosten'] }));
    $participants.set([
      { id: 'a', name: 'Sanne', connected: true },
      { id: 'b', name: 'Daan', connected: false },
      { id: 'c', name: 'Aya', connected: true },
    ]);
    $results.setKey('quiz-kosten', {
      results: {
        kind: 'quiz',
        answered: 1,
        counts: [
          { letter: 'A', count: 0 },
          { letter: 'B', count: 1 },
        ],
      },
      answeredBy: ['a'],
    });
    const html = render();
    const shown = text(html);
    expect(shown).toContain('Verbonden met de les');
    expect(shown).toContain('Dia 12 van 31: Wat is duurder?');
    expect(shown).toContain('Antwoorden sluiten');
    expect(html).toMatch(/<input type="checkbox" checked=""\/>Antwoorden wijzigen toestaan/);
    expect(shown).toContain('Goede antwoord verbergen');
    expect(shown).toContain('4:00');
    expect(shown).toContain('3 leerlingen');
    expect(shown).toContain('niet verbonden');
    expect(shown).toContain('1/2 beantwoord');
    expect(shown).toContain('Nog niet beantwoord: 2');
    expect(shown).toMatch(/B werven ✓ goed antwoord 1 100%/);
    // Anonymous by default, which is for the board: the teacher still sees who has not answered.
    expect(html).toContain('tl-missing-box');
    expect(insideDetails(html, 'tl-missing-box')).toBe(false);
    expect(text(html.slice(html.indexOf('tl-missing-box')))).toMatch(/^[^]*Daan[^]*Aya/);
    // The class list puts the students without an answer first, the disconnected one before the others.
    const chips = [...html.matchAll(/class="tl-student-name">([^<]+)</g)].map((match) => match[1]);
    expect(chips).toEqual(['Daan', 'Aya', 'Sanne']);
    expect(shown).toContain('ACDEFG');
  });

  it('shows the open-question wall with its controls, names only when not anonymous', () => {
    $session.set(started({ slide: 31, anonymous: false, closedItems: ['open-klantwaarde'], hiddenAnswers: ['x1'] }));
    $participants.set([{ id: 'a', name: 'Sanne', connected: true }]);
    $results.setKey('open-klantwaarde', {
      results: { kind: 'openQuestion', answered: 1, answers: [{ id: 'x1', participantId: 'a', text: 'Als hij terugkomt.', createdAt: 1 }] },
      answeredBy: ['a'],
    });
    const shown = text(render());
    expect(shown).toContain('Als hij terugkomt.');
    expect(shown).toContain('Verborgen op het bord');
    expect(shown).toContain('Weer tonen');
    expect(shown).toContain('Uitlichten');
    expect(shown).toContain('Gesloten');
    expect(shown).toMatch(/Als hij terugkomt\. Sanne/);
  });

  it('shows the end of the lesson with a link to the results', () => {
    $session.set(started({ ended: true }));
    const html = render();
    expect(text(html)).toContain('De les is afgelopen.');
    expect(html).toContain('href="/docent/live/s1/rapport"');
    expect(text(html)).not.toContain('Les beëindigen');
  });
});
