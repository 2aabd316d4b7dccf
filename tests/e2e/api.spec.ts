import { expect, test } from './fixtures.ts';
import { ITEM_KINDS, LES2, LES2_SLIDES, type LessonOutline, type LessonSummary } from './helpers.ts';
import { allLessonSecrets, keysOf, shippedLessonSlugs } from './lesson-sources.ts';

/** Matches the text as whole words only ("Consument" must not match "Consumentenmarkt"). */
const wholeWords = (text: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

const SUMMARY_KEYS = ['durationMinutes', 'items', 'level', 'module', 'slideCount', 'slug', 'title'];

test.describe('lesson API', () => {
  test('GET /api/lessons lists every shipped lesson as a summary without slides', async ({ request }) => {
    const response = await request.get('/api/lessons');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const lessons = (await response.json()) as LessonSummary[];
    expect(Array.isArray(lessons)).toBe(true);
    const relatiebeheer = lessons.filter((lesson) => lesson.slug.startsWith('relatiebeheer/'));
    expect(relatiebeheer.map((lesson) => lesson.slug).sort()).toEqual(shippedLessonSlugs());
    for (const lesson of lessons) {
      expect(Object.keys(lesson).sort(), lesson.slug).toEqual(SUMMARY_KEYS);
      if (lesson.slug.startsWith('relatiebeheer/')) expect(lesson.module).toBe('Relatiebeheer');
      expect(typeof lesson.title).toBe('string');
      expect(typeof lesson.level).toBe('string');
      expect(lesson.durationMinutes).toBeGreaterThan(0);
      expect(lesson.slideCount).toBeGreaterThan(0);
      expect(Object.keys(lesson.items).sort()).toEqual([...ITEM_KINDS].sort());
      for (const kind of ITEM_KINDS) expect(Number.isInteger(lesson.items[kind])).toBe(true);
    }
  });

  test('GET /api/lessons/<slug> gives the outline of Les 2', async ({ request }) => {
    const response = await request.get(`/api/lessons/${LES2}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const outline = (await response.json()) as LessonOutline;
    expect(Object.keys(outline).sort()).toEqual([...SUMMARY_KEYS, 'slides'].sort());
    expect(outline).toMatchObject({
      slug: LES2,
      title: 'Les 2: Wat is Relatiebeheer?',
      module: 'Relatiebeheer',
      level: 'MBO Handel, studiejaar 3',
      durationMinutes: 100,
      slideCount: LES2_SLIDES,
    });
    expect(outline.items).toEqual({ ...Object.fromEntries(ITEM_KINDS.map((kind) => [kind, 0])), quiz: 1, poll: 1, mindMap: 2, openQuestion: 2, selfAssessment: 1, timer: 2, video: 2 });
    expect(outline.slides).toHaveLength(LES2_SLIDES);
    outline.slides.forEach((slide, i) => {
      expect(Object.keys(slide).sort()).toEqual(['index', 'kinds', 'title']);
      expect(slide.index).toBe(i + 1);
      expect(slide.title.length).toBeGreaterThan(0);
      expect(slide.kinds.length).toBeGreaterThan(0);
    });
    expect(outline.slides[0]?.title).toBe('Welkom!');
    expect(outline.slides[11]).toEqual({ index: 12, title: 'Wat is duurder?', kinds: ['quiz'] });
    expect(outline.slides[7]?.kinds).toEqual(['mindMap']);
    expect(outline.slides[12]?.kinds).toEqual(['video']);
    expect(outline.slides[18]?.kinds).toEqual(['text', 'openQuestion', 'timer']);
    expect(outline.slides[29]?.kinds).toEqual(['text', 'poll']);
    expect(outline.slides[30]?.kinds).toEqual(['openQuestion']);
  });

  test('the list agrees with every detail outline', async ({ request }) => {
    const lessons = (await (await request.get('/api/lessons')).json()) as LessonSummary[];
    for (const summary of lessons) {
      const response = await request.get(`/api/lessons/${summary.slug}`);
      expect(response.status(), summary.slug).toBe(200);
      const { slides, ...rest } = (await response.json()) as LessonOutline;
      expect(rest).toEqual(summary);
      expect(slides).toHaveLength(summary.slideCount);
    }
  });

  for (const path of ['relatiebeheer/bestaat-niet', 'onbekend/les', 'relatiebeheer']) {
    test(`unknown lesson "${path}" gives a 404 with a JSON error`, async ({ request }) => {
      const response = await request.get(`/api/lessons/${path}`);
      expect(response.status()).toBe(404);
      expect(response.headers()['content-type']).toContain('application/json');
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error.code).toBe('lesson_not_found');
      expect(typeof body.error.message).toBe('string');
      expect(body.error.message.length).toBeGreaterThan(0);
    });
  }

  test('no lesson JSON reveals answers, explanations, model entries or notes', async ({ request }) => {
    const secrets = allLessonSecrets();
    // The patterns must find something, or this test would prove nothing.
    expect(secrets.flatMap((lesson) => lesson.correctAnswers).length).toBeGreaterThan(15);
    expect(secrets.flatMap((lesson) => lesson.explanations).length).toBeGreaterThan(15);
    expect(secrets.flatMap((lesson) => lesson.modelEntries)).toContain('Klantretentie');

    const listText = await (await request.get('/api/lessons')).text();
    const documents = [{ slug: 'list', text: listText, secrets: secrets }];
    for (const lesson of secrets) {
      const response = await request.get(`/api/lessons/${lesson.slug}`);
      expect(response.status()).toBe(200);
      documents.push({ slug: lesson.slug, text: await response.text(), secrets: [lesson] });
    }

    for (const document of documents) {
      const keys = keysOf(JSON.parse(document.text));
      for (const key of ['correct', 'explanation', 'model', 'options', 'answer', 'answers', 'notes']) {
        expect(keys.has(key), `${document.slug} has key "${key}"`).toBe(false);
      }
      for (const word of ['"correct"', 'explanation', '"model"', 'Klantretentie']) {
        expect(document.text, `${document.slug} contains ${word}`).not.toContain(word);
      }
      for (const lesson of document.secrets) {
        // Short answers such as "Ja"/"Nee" also occur in ordinary titles; longer ones must not appear at all.
        for (const answer of lesson.correctAnswers.filter((text) => text.length >= 12)) {
          expect(document.text, `${document.slug} reveals the answer "${answer}"`).not.toMatch(wholeWords(answer));
        }
        for (const explanation of lesson.explanations) {
          expect(document.text, `${document.slug} reveals an explanation`).not.toContain(explanation.slice(0, 40));
        }
        for (const entry of lesson.modelEntries) {
          expect(document.text, `${document.slug} reveals the model entry "${entry}"`).not.toMatch(wholeWords(entry));
        }
        for (const note of lesson.notes) {
          expect(document.text, `${document.slug} reveals notes`).not.toContain(note);
        }
      }
    }
  });
});
