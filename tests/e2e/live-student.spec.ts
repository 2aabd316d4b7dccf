import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { ParticipantList, SessionStatePayload } from '../../src/shared/protocol/events.ts';
import { applyParticipantChanges } from '../../src/shared/session/participants.ts';
import type { ItemResults } from '../../src/shared/session/results.ts';
import { teacherOfPage } from './live-sockets.ts';
import { expect, test } from './fixtures.ts';
import { addTeacher, PHONE, startLiveLesson } from './live-helpers.ts';

const EMAIL = `live-${randomUUID()}@school.nl`;

test.beforeAll(() => addTeacher(EMAIL, 'Live Docent'));

/** Logs the teacher in, starts a live session of Les 2 and returns its code and a teacher socket. */
async function startSession(page: Page, baseURL: string) {
  const { code, sessionId } = await startLiveLesson(page, EMAIL);
  const teacher = await teacherOfPage(page, baseURL, sessionId);
  return { code, teacher: teacher.socket, send: teacher.send };
}

async function phone(browser: Browser, code: string, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('/join');
  await page.getByLabel('Code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page).toHaveURL(new RegExp(`/join/${code}$`));
  await page.getByLabel('Je naam').fill(name);
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page.locator('[data-me]')).toHaveText(`Je doet mee als ${name}`);
  return { context, page };
}

const quizOn = (page: Page) => page.locator('.slide-frame.is-current [data-widget="quiz"]');

test('three phones join, answer the quiz (one reloads, one is offline for a while) and every answer counts once', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { code, teacher, send } = await startSession(page, baseURL ?? '');
  const results: ItemResults[] = [];
  let roster: ParticipantList = { participants: [], removed: [] };
  teacher.on('participants:updated', (payload: ParticipantList) => (roster = payload));
  teacher.on('participants:changed', (changes: ParticipantList) => (roster = applyParticipantChanges(roster, changes)));
  teacher.on('results:updated', (payload: { itemId: string; results: ItemResults }) => {
    if (payload.itemId === 'quiz-kosten') results.push(payload.results);
  });

  // Teacher notes and right answers are not in the phone's page.
  const phoneHtml = await (await page.request.get(`/join/${code}`)).text();
  expect(phoneHtml).not.toContain('data-notes');
  expect(phoneHtml).not.toContain('Klantretentie: Het behouden');
  expect(phoneHtml).not.toContain('Het werven van nieuwe klanten is duurder.');

  const ada = await phone(browser, code, 'Ada');
  const bo = await phone(browser, code, 'Bo');
  const cem = await phone(browser, code, 'Cem');
  // A late joiner lands on the current slide.
  await send('slide:goto', { index: 7 });
  await expect(ada.page.locator('.slide-frame.is-current')).toContainText('Wat weet je al?');

  // Names are unique per session.
  const twin = await browser.newContext(PHONE);
  const twinPage = await twin.newPage();
  await twinPage.goto(`/join/${code}`);
  await twinPage.getByLabel('Je naam').fill('ada');
  await twinPage.getByRole('button', { name: 'Meedoen' }).click();
  await expect(twinPage.getByRole('alert')).toHaveText('Die naam is al gekozen in deze les; kies een andere.');
  await twin.close();

  await send('item:open', { id: 'quiz-kosten' });
  for (const student of [ada, bo, cem])
    await expect(quizOn(student.page).getByText('Tik op je antwoord; het wordt meteen verstuurd.')).toBeVisible();
  expect(
    (await new AxeBuilder({ page: ada.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations,
  ).toEqual([]);

  await quizOn(ada.page).getByText('werven van nieuwe klanten', { exact: true }).tap();
  await expect(quizOn(ada.page).locator('.answer-status')).toHaveText('Verstuurd ✓');

  // Bo answers and reloads: still Bo, answer still there.
  await quizOn(bo.page).getByText('het behouden van klanten', { exact: true }).tap();
  await expect(quizOn(bo.page).locator('.answer-status')).toHaveText('Verstuurd ✓');
  await bo.page.reload();
  await expect(bo.page.locator('[data-me]')).toHaveText('Je doet mee als Bo');
  await expect(quizOn(bo.page).locator('.answer-status')).toHaveText('Verstuurd ✓');
  await expect(quizOn(bo.page).getByRole('radio', { name: 'het behouden van klanten' })).toBeChecked();

  // Cem loses the network, answers, and comes back: the answer waited on the phone.
  await cem.context.setOffline(true);
  await expect(cem.page.locator('[data-connection]')).toContainText('Geen verbinding');
  await quizOn(cem.page).getByText('werven van nieuwe klanten', { exact: true }).tap();
  await expect(quizOn(cem.page).locator('.answer-status')).toContainText('Bewaard op je telefoon');
  await cem.context.setOffline(false);
  await expect(quizOn(cem.page).locator('.answer-status')).toHaveText('Verstuurd ✓', { timeout: 30_000 });

  await expect
    .poll(() => results.at(-1))
    .toEqual({
      kind: 'quiz',
      answered: 3,
      counts: [
        { letter: 'A', count: 1 },
        { letter: 'B', count: 2 },
      ],
    });

  // The reveal: right or wrong and the explanation, on every phone.
  await send('answer:reveal', { id: 'quiz-kosten', revealed: true });
  await expect(quizOn(ada.page).getByRole('status').filter({ hasText: 'Goed!' })).toBeVisible();
  await expect(quizOn(bo.page).getByRole('status').filter({ hasText: 'Fout' })).toContainText('duurder');

  // The timer runs on phones from the teacher's timestamps.
  await send('slide:goto', { index: 19 });
  await send('timer:start', { id: 'timer-zelfstandig' });
  await expect(ada.page.locator('.slide-frame.is-current [role="timer"]')).toHaveText(/^[34]:[0-5]\d$/);

  // The teacher removes Cem; the report keeps Cem's answer and marks Cem as removed.
  const cemId = () => roster.participants.find((participant) => participant.name === 'Cem')?.id;
  await expect.poll(cemId).toBeTruthy();
  await send('participant:remove', { participantId: cemId() });
  await expect(cem.page.getByRole('heading', { name: 'Je doet niet meer mee' })).toBeVisible();

  // The report and the CSV hold every answer exactly once, with right/wrong and a score per student.
  const sessionId = page.url().split('/').at(-1) ?? '';
  await page.goto(`/docent/live/${sessionId}/rapport`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verslag: Les 2: Wat is Relatiebeheer?');
  const quizReport = page.locator('.report-item').filter({ hasText: 'Wat is duurder?' });
  await expect(quizReport).toContainText('3 leerlingen antwoordden');
  await expect(quizReport.getByRole('row', { name: /B – werven van nieuwe klanten 2/ })).toBeVisible();
  await quizReport.getByText('Per leerling').click();
  const answerOf = (name: string) => quizReport.getByRole('listitem').filter({ has: page.locator('strong', { hasText: name }) });
  await expect(answerOf('Bo')).toContainText('Bo: A – het behouden van klanten');
  await expect(answerOf('Bo').locator('.verdict')).toHaveText('fout');
  await expect(answerOf('Cem')).toContainText('Cem (verwijderd): B – werven van nieuwe klanten');
  await expect(answerOf('Cem').locator('.verdict')).toHaveText('goed');
  const adaReport = page.getByRole('region', { name: 'Ada' });
  await expect(adaReport.locator('.report-score')).toHaveText('Quiz: 1/1 goed');
  await expect(adaReport.getByRole('listitem').filter({ hasText: 'Wat is duurder?' }).locator('.verdict')).toHaveText('goed');
  await expect(page.getByRole('region', { name: 'Bo' }).locator('.report-score')).toHaveText('Quiz: 0/1 goed');
  await expect(page.getByRole('region', { name: 'Cem' }).getByRole('heading')).toHaveText('Cem (verwijderd)');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual(
    [],
  );
  const csv = await page.request.get(`/docent/live/${sessionId}/rapport.csv`);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const body = (await csv.body()).toString('utf8');
  expect(body.startsWith('\uFEFFLeerling;Status;Dia;Onderdeel;Soort;Vraag;Antwoord;Goed/fout;Quiz goed;Quiz gesteld;Tijd\r\n')).toBe(true);
  const quizRows = body.split('\r\n').filter((line) => line.includes(';quiz-kosten;'));
  expect(quizRows.map((line) => line.split(';')[0]).sort()).toEqual(['Ada', 'Bo', 'Cem']);
  const row = (name: string) => quizRows.find((line) => line.startsWith(`${name};`))?.split(';') ?? [];
  // Student;Status;Dia;Onderdeel;Soort;Vraag;Antwoord;Goed/fout;Quiz goed;Quiz gesteld;Tijd
  expect(row('Ada').slice(0, 10)).toEqual([
    'Ada',
    '',
    '12',
    'quiz-kosten',
    'quiz',
    'Wat is duurder? Het behouden van je klant of het werven van nieuwe klanten?',
    'B – werven van nieuwe klanten',
    'goed',
    '1',
    '1',
  ]);
  expect(row('Bo').slice(6, 10)).toEqual(['A – het behouden van klanten', 'fout', '0', '1']);
  expect(row('Cem').slice(0, 2)).toEqual(['Cem', 'verwijderd']);
  for (const name of ['Ada', 'Bo', 'Cem']) expect(row(name)[10]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

  // A teacher who reads English gets the CSV in English.
  await page.context().addCookies([{ name: 'lang', value: 'en', url: baseURL ?? '' }]);
  const english = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  expect(english.startsWith('\uFEFFStudent;Status;Slide;Item;Kind;Question;Answer;Right/wrong;Quizzes right;Quizzes asked;Time\r\n')).toBe(
    true,
  );
  expect(english).toContain(';removed;12;quiz-kosten;quiz;');
  expect(english).toContain(';wrong;0;1;');

  teacher.disconnect();
  for (const student of [ada, bo, cem]) await student.context.close();
});

test('a wrong code is refused with a clear message', async ({ page }) => {
  await page.goto('/join?code=12');
  await expect(page.getByText('Deze code klopt niet. Kijk nog eens op het bord.')).toBeVisible();
  await page.goto('/join/ACDEFG');
  await expect(page).toHaveURL(/\/join\?unknown&code=ACDEFG$/);
  await expect(page.getByText('Deze code klopt niet.')).toBeVisible();
});

export type { SessionStatePayload };
