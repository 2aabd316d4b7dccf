import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { currentFrame, fetchOutline, LES2, LES2_SLIDES, openStudy, waitForIslands, WAARHEDEN } from './helpers.ts';

// A phone; every test gets a fresh browser context, so device storage starts empty.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

const position = (page: Page) => page.locator('[data-position]');
const nextButton = (page: Page) => page.getByRole('button', { name: 'Volgende dia ›' });
const previousButton = (page: Page) => page.getByRole('button', { name: '‹ Vorige dia' });

async function expectStudySlide(page: Page, index: number, total = LES2_SLIDES): Promise<Locator> {
  await expect(position(page)).toHaveText(`Dia ${index} van ${total}`);
  await expect(page.locator('.slide-frame.is-current')).toHaveCount(1);
  await expect(currentFrame(page)).toHaveAttribute('data-slide-frame', String(index));
  await expect(currentFrame(page)).toBeVisible();
  return currentFrame(page);
}

/** Taps "Volgende dia" and checks where it lands; returns the shown slide once its widgets hydrated. */
async function next(page: Page, expected: number, total = LES2_SLIDES): Promise<Locator> {
  await nextButton(page).tap();
  const slide = await expectStudySlide(page, expected, total);
  await waitForIslands(slide);
  return slide;
}

test.describe('study mode on a phone', () => {
  test('works through Les 2: skips unset videos, quiz feedback, mind map, open question, saved progress and score', async ({ page }) => {
    test.slow();
    await openStudy(page);
    let slide = await expectStudySlide(page, 1);
    await expect(slide.getByRole('heading', { name: 'Welkom!' })).toBeVisible();
    await expect(previousButton(page)).toBeDisabled();
    await expect(page.getByRole('progressbar', { name: 'Voortgang' })).toBeVisible();
    // The phone layout does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    for (let index = 2; index <= 7; index++) slide = await next(page, index);

    // Slide 8: the first mind map; add two ideas, then the teacher's examples appear on request.
    slide = await next(page, 8);
    const mindMap = slide.locator('[data-widget="mindMap"]');
    await expect(mindMap.getByText('Relatiebeheer?', { exact: true })).toBeVisible();
    const idea = mindMap.getByLabel('Jouw woord of idee');
    await expect(mindMap.getByRole('button', { name: 'Toon voorbeeldantwoorden' })).toHaveCount(0);
    await idea.fill('Klanten behouden');
    await mindMap.getByRole('button', { name: 'Toevoegen' }).tap();
    await expect(idea).toHaveValue('');
    await idea.fill('Vertrouwen');
    await idea.press('Enter');
    const ideas = mindMap.getByRole('list', { name: 'Jouw ideeën' });
    await expect(ideas.getByRole('listitem')).toHaveText([/Klanten behouden/, /Vertrouwen/]);
    await idea.fill('vertrouwen ');
    await idea.press('Enter');
    await expect(mindMap.getByRole('status')).toHaveText('Dat idee staat er al.');
    await expect(ideas.getByRole('listitem')).toHaveCount(2);
    await mindMap.getByRole('button', { name: 'Toon voorbeeldantwoorden' }).tap();
    await expect(mindMap.getByRole('list', { name: 'Voorbeeldantwoorden van de docent' })).toContainText('Klantretentie');

    for (let index = 9; index <= 11; index++) slide = await next(page, index);

    // Slide 12: the quiz, first a wrong answer, then the right one.
    slide = await next(page, 12);
    const quiz = slide.locator('[data-widget="quiz"]');
    await expect(quiz.getByRole('group', { name: /Wat is duurder\?/ })).toBeVisible();
    await quiz.getByRole('button', { name: 'Controleer' }).tap();
    await expect(quiz.getByRole('alert')).toHaveText('Kies eerst een antwoord.');
    await quiz.getByRole('radio', { name: 'het behouden van klanten' }).check();
    await quiz.getByRole('button', { name: 'Controleer' }).tap();
    const feedback = quiz.getByRole('status');
    await expect(feedback).toContainText('Fout');
    await expect(feedback).toContainText('Het goede antwoord: B – werven van nieuwe klanten');
    await expect(feedback).toContainText('Het werven van nieuwe klanten is duurder.');
    await expect(quiz.locator('[data-state="wrong"]')).toContainText('het behouden van klanten');
    await expect(quiz.locator('[data-state="correct"]')).toContainText('werven van nieuwe klanten');
    await expect(quiz.getByRole('radio')).toHaveCount(2);
    for (const radio of await quiz.getByRole('radio').all()) await expect(radio).toBeDisabled();

    await feedback.getByRole('button', { name: 'Opnieuw proberen' }).tap();
    await expect(feedback).toHaveText('');
    await expect(quiz.getByRole('radio', { name: 'het behouden van klanten' })).not.toBeChecked();
    await quiz.getByRole('radio', { name: 'werven van nieuwe klanten' }).check();
    await quiz.getByRole('button', { name: 'Controleer' }).tap();
    await expect(feedback).toContainText('Goed!');
    await expect(feedback).not.toContainText('Fout');
    await expect(feedback).not.toContainText('Het goede antwoord');
    await expect(feedback).toContainText('Het werven van nieuwe klanten is duurder.');

    // Reload on the quiz: same slide, the answer is still there.
    await page.reload();
    await expect(page.locator('[data-deck="study"]')).toHaveAttribute('data-ready', 'true');
    slide = await expectStudySlide(page, 12);
    await waitForIslands(slide);
    await expect(slide.getByRole('status')).toContainText('Goed!');
    await expect(slide.getByRole('radio', { name: 'werven van nieuwe klanten' })).toBeChecked();

    // The mind-map ideas were kept too.
    for (const index of [11, 10, 9, 8]) {
      await previousButton(page).tap();
      slide = await expectStudySlide(page, index);
    }
    await waitForIslands(slide);
    await expect(slide.getByRole('list', { name: 'Jouw ideeën' }).getByRole('listitem')).toHaveText([/Klanten behouden/, /Vertrouwen/]);
    for (const index of [9, 10, 11, 12]) slide = await next(page, index);

    // The unset videos on slides 13 and 16 are skipped.
    slide = await next(page, 14);
    await expect(slide.locator('.slide')).toHaveAttribute('data-title', 'Wat kun je doen om klanten te binden?');
    slide = await next(page, 15);
    slide = await next(page, 17);
    await expect(page.getByText('Deze video volgt later.')).toHaveCount(2);
    await expect(page.locator('.video-not-set:visible')).toHaveCount(0);
    await previousButton(page).tap();
    await expectStudySlide(page, 15);
    slide = await next(page, 17);

    for (let index = 18; index <= 28; index++) slide = await next(page, index);

    // Slide 29, "Goal!": a level for each of the lesson's four goals, kept on the device; saving waits for all four.
    slide = await next(page, 29);
    const goals = slide.locator('[data-widget="selfAssessment"]');
    await expect(goals.getByRole('group', { name: 'Kan ik dit?' })).toBeVisible();
    const goal = (text: string) => goals.getByRole('group', { name: text });
    await expect(goals.locator('fieldset')).toHaveCount(4);
    await goal('Je weet wat relatiebeheer is').getByText('Ja', { exact: true }).tap();
    await goal('Je weet hoe je relatiebeheer toepast').getByText('Een beetje', { exact: true }).tap();
    await goal('Je weet de niveaus van klantenbinding').getByText('Nee', { exact: true }).tap();
    await expect(goals.getByRole('button', { name: 'Bewaar' })).toBeDisabled();
    await expect(goals.getByText('Kies bij elk doel een antwoord.')).toBeVisible();
    await goal('Je weet de praktische zaken van deze module en hoe je deze afrondt').getByText('Ja', { exact: true }).tap();
    await goals.getByRole('button', { name: 'Bewaar' }).tap();
    await expect(goals.getByRole('status')).toContainText('Bewaard. Kijk bij "een beetje" en "nee" nog eens naar die dia\'s.');
    await expect(goal('Je weet de niveaus van klantenbinding').getByRole('radio', { name: 'Nee' })).toBeChecked();
    await expect(goal('Je weet wat relatiebeheer is').getByRole('radio', { name: 'Ja' })).toBeChecked();
    await expect(goal('Je weet wat relatiebeheer is').getByRole('radio', { name: 'Ja' })).toBeDisabled();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: test.info().outputPath('self-assessment-study.png') });

    slide = await next(page, 30);

    // Slide 31: the open question keeps what is typed.
    slide = await next(page, 31);
    const answer = slide.getByRole('textbox', { name: 'Wanneer is een klant van waarde voor een bedrijf?' });
    await expect(answer).toBeEnabled();
    await expect(slide.getByText('0 van 500 tekens')).toBeVisible();
    const text = 'Als hij vaak terugkomt en meer oplevert dan hij kost.';
    await answer.fill(text);
    await expect(slide.getByText(`${text.length} van 500 tekens`)).toBeVisible();
    await expect(slide.getByText('Bewaard op dit apparaat')).toBeVisible();

    await page.reload();
    await expect(page.locator('[data-deck="study"]')).toHaveAttribute('data-ready', 'true');
    slide = await expectStudySlide(page, 31);
    await waitForIslands(slide);
    await expect(slide.getByRole('textbox', { name: 'Wanneer is een klant van waarde voor een bedrijf?' })).toHaveValue(text);

    // The end: a closing panel with the quiz score.
    await nextButton(page).tap();
    const done = page.getByRole('region', { name: 'Klaar! Je hebt de les doorgewerkt.' });
    await expect(done).toBeVisible();
    await expect(done).toContainText('Klaar!');
    await expect(done.locator('[data-score]')).toHaveText('Quizzen goed: 1 van 1');
    await expect(nextButton(page)).toBeHidden();
    await expect(page.locator('.slide-frame.is-current')).toHaveCount(0);
    await expect(done).toBeFocused();

    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, `study:${LES2}`);
    expect(stored).toMatchObject({
      slide: 31,
      answers: {
        'quiz-kosten': { chosen: ['B'], correct: true },
        'mindmap-relatiebeheer': ['Klanten behouden', 'Vertrouwen'],
        'open-klantwaarde': text,
        'kan-ik-dit': ['yes', 'yes', 'some', 'no'],
      },
    });
  });

  test('starting again clears the saved answers', async ({ page }) => {
    await page.addInitScript(
      ([key, record]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, record);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [`study:${LES2}`, JSON.stringify({ slide: 31, answers: { 'quiz-kosten': { chosen: ['B'], correct: true } } })] as const,
    );
    await openStudy(page);
    await expectStudySlide(page, 31);
    await nextButton(page).tap();
    await expect(page.locator('[data-score]')).toHaveText('Quizzen goed: 1 van 1');
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).tap();
    await expect(page.locator('[data-deck="study"]')).toHaveAttribute('data-ready', 'true');
    await expectStudySlide(page, 1);
    const stored = await page.evaluate((key) => localStorage.getItem(key), `study:${LES2}`);
    expect(JSON.parse(stored ?? '{}')).toEqual({ slide: 1, answers: {} });
  });

  test('the 15-statement quiz lesson: a scale to warm up, then answer a statement and read its explanation', async ({ page }) => {
    await openStudy(page, WAARHEDEN);
    await expectStudySlide(page, 1, 18);
    await expect(page.locator('[data-deck="study"]')).toHaveAttribute('data-quiz-ids', /^(stelling-\d+ ){14}stelling-\d+$/);

    // The scale: a point is chosen, kept on the device, and can be changed.
    let slide = await next(page, 2, 18);
    const scale = slide.locator('[data-widget="scale"]');
    await expect(scale.getByRole('group', { name: /Hoe tevreden ben jij/ })).toBeVisible();
    await expect(scale.getByText('helemaal niet', { exact: true })).toBeVisible();
    await scale.getByRole('radio', { name: '2' }).check();
    await scale.getByRole('button', { name: 'Bewaar' }).tap();
    await expect(scale.getByRole('status')).toContainText('Je koos 2.');
    await expect(scale.getByRole('radio', { name: '2' })).toBeDisabled();
    await page.screenshot({ path: test.info().outputPath('scale-study.png') });
    await page.reload();
    slide = await expectStudySlide(page, 2, 18);
    await waitForIslands(slide);
    await expect(slide.locator('[data-widget="scale"]').getByRole('status')).toContainText('Je koos 2.');

    slide = await next(page, 3, 18);
    let quiz = slide.locator('[data-widget="quiz"]');
    await expect(quiz.getByRole('group', { name: 'Meten van klanttevredenheid is noodzakelijk.' })).toBeVisible();
    await quiz.getByRole('radio', { name: 'Ja', exact: true }).check();
    await quiz.getByRole('button', { name: 'Controleer' }).tap();
    await expect(quiz.getByRole('status')).toContainText('Goed!');
    await expect(quiz.getByRole('status').locator('.explanation')).toHaveText(
      /^Ja\. Tevreden klanten blijven in algemene zin langer klant/,
    );

    slide = await next(page, 4, 18);
    quiz = slide.locator('[data-widget="quiz"]');
    await expect(quiz.getByRole('group', { name: 'Tevreden klanten zijn trouwe klanten.' })).toBeVisible();
    await quiz.getByRole('radio', { name: 'Ja', exact: true }).check();
    await quiz.getByRole('button', { name: 'Controleer' }).tap();
    await expect(quiz.getByRole('status')).toContainText('Fout');
    await expect(quiz.getByRole('status')).toContainText('Het goede antwoord: B – Nee');
    await expect(quiz.getByRole('status').locator('.explanation')).toContainText(
      '60% van de klanten die switcht is tevreden over zijn leverancier!',
    );

    // Straight to the end: one of fifteen right.
    for (let index = 5; index <= 18; index++) {
      await nextButton(page).tap();
      await expectStudySlide(page, index, 18);
    }
    await nextButton(page).tap();
    await expect(page.locator('[data-score]')).toHaveText('Quizzen goed: 1 van 15');
  });
  test('a hotspot at home: tap the image, check it on the device, see the right place, try again', async ({ page }) => {
    const slug = 'relatiebeheer/klantgerichte-organisatie';
    const slide = await studyAt(page, slug, 'hotspot');
    const widget = slide.locator('[data-widget="hotspot"]');
    const image = widget.getByRole('button', { name: /^Tik op de plek in: Zes rollen/ });
    const tapAt = async (x: number, y: number) => {
      const box = await image.locator('img').boundingBox();
      if (!box) throw new Error('no image');
      await image.tap({ position: { x: (box.width * x) / 100, y: (box.height * y) / 100 } });
    };
    await expect(widget.getByRole('button', { name: 'Controleer' })).toBeDisabled();
    await tapAt(79, 66);
    await widget.getByRole('button', { name: 'Controleer' }).tap();
    await expect(widget.getByRole('status')).toContainText('Niet goed. De goede plek is groen omlijnd.');
    await expect(widget.locator('.hotspot-areas rect')).toHaveCount(1);
    await expect(widget.locator('.hotspot-pin')).toHaveAttribute('data-right', 'false');
    await page.screenshot({ path: test.info().outputPath('hotspot-study.png') });
    await widget.getByRole('button', { name: 'Opnieuw' }).tap();
    await expect(widget.locator('.hotspot-areas rect')).toHaveCount(0);
    await tapAt(50, 85);
    await widget.getByRole('button', { name: 'Controleer' }).tap();
    await expect(widget.getByRole('status')).toContainText('Goed! Je wees de goede plek aan.');
    await expect(widget.getByRole('status')).toContainText('De beslisser hakt de knoop door');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.reload();
    const again = currentFrame(page);
    await expect(again.locator('[data-widget="hotspot"]')).toBeVisible();
    await waitForIslands(again);
    await expect(again.locator('[data-widget="hotspot"]').getByRole('status')).toContainText('Goed!');
  });
  /** Opens `slug` in study mode at the slide of its first widget of `kind`, as a student who stopped there last time. */
  async function studyAt(page: Page, slug: string, kind: string): Promise<Locator> {
    const outline = await fetchOutline(page, slug);
    const index = outline.slides.find((candidate) => candidate.kinds.includes(kind as never))?.index ?? 0;
    await page.addInitScript(
      ([key, record]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, record);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [`study:${slug}`, JSON.stringify({ slide: index, answers: {} })] as const,
    );
    await openStudy(page, slug);
    const slide = await expectStudySlide(page, index, outline.slideCount);
    await waitForIslands(slide);
    return slide;
  }

  test('an ordering at home: the up buttons by touch, checked on the device, the right order when wrong, try again', async ({ page }) => {
    const steps = [
      'Verdeel je plan in fasen.',
      'Bedenk bij elke fase activiteiten.',
      'Zet fasen en activiteiten in een schema.',
      'Spits de activiteiten toe op A-, B- en C-relaties.',
    ];
    const slide = await studyAt(page, 'relatiebeheer/relatiemanagementplan', 'ordering');
    const widget = slide.locator('[data-widget="ordering"]');
    const shown = () => widget.locator('.order-text').allTextContents();
    expect(await shown()).not.toEqual(steps);
    // Checked as it comes: wrong, with the right order to read.
    await widget.getByRole('button', { name: 'Controleer' }).tap();
    await expect(widget.locator('.feedback-region')).toContainText('Niet helemaal. De goede volgorde:');
    await expect(widget.locator('.verdict-answer li')).toHaveText(steps);
    await widget.getByRole('button', { name: 'Opnieuw proberen' }).tap();
    for (const [position, step] of steps.entries()) {
      while ((await shown()).indexOf(step) > position) await widget.getByRole('button', { name: `Omhoog: ${step}` }).tap();
    }
    await widget.getByRole('button', { name: 'Controleer' }).tap();
    await expect(widget.locator('.feedback-region')).toContainText('Goed! Alles staat in de goede volgorde.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: test.info().outputPath('ordering-study.png') });
  });

  test('a matching at home: tap left then right, checked on the device', async ({ page }) => {
    const pairs: [string, string][] = [
      ['Financieel', 'Spaarpunten en korting voor vaste klanten'],
      ['Sociaal', 'Een persoonlijke kaart van je vaste verkoper'],
      ['Structureel', 'Een abonnement met een eigen klantportaal'],
    ];
    const slide = await studyAt(page, 'relatiebeheer/relatiemarketing', 'matching');
    const widget = slide.locator('[data-widget="matching"]');
    await widget.getByRole('button', { name: 'Controleer' }).tap();
    await expect(widget.getByText('Koppel eerst elk item.')).toBeVisible();
    // The first two swapped: wrong, then the right pairs to read.
    const swapped = [pairs[1]?.[1], pairs[0]?.[1], pairs[2]?.[1]];
    for (const [index, [left]] of pairs.entries()) {
      await widget.getByRole('button', { name: left, exact: true }).tap();
      await widget.getByRole('button', { name: swapped[index], exact: true }).tap();
    }
    await widget.getByRole('button', { name: 'Controleer' }).tap();
    await expect(widget.locator('.feedback-region')).toContainText('Niet helemaal. Zo hoort het:');
    await widget.getByRole('button', { name: 'Opnieuw proberen' }).tap();
    for (const [left, right] of pairs) {
      await widget.getByRole('button', { name: left, exact: true }).tap();
      await widget.getByRole('button', { name: right, exact: true }).tap();
    }
    await widget.getByRole('button', { name: 'Controleer' }).tap();
    await expect(widget.locator('.feedback-region')).toContainText('Goed! Alles is goed gekoppeld.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: test.info().outputPath('matching-study.png') });
  });

  test('a drawing at home: drawn by touch over the image, kept on the device line by line, undone and cleared', async ({ page }) => {
    const slide = await studyAt(page, 'relatiebeheer/relatiemarketing', 'drawing');
    const widget = slide.locator('[data-widget="drawing"]');
    const pad = widget.getByRole('application', { name: /^Tekenvlak: / });
    const lines = () => page.locator('[data-widget="drawing"] .drawing-canvas > .drawing-image path');
    const box = await pad.boundingBox();
    if (!box) throw new Error('no canvas');
    const cdp = await page.context().newCDPSession(page);
    const at = (fx: number, fy: number) => [{ x: box.x + box.width * fx, y: box.y + box.height * fy }];
    for (const y of [0.3, 0.6]) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.2, y) });
      for (let step = 1; step <= 6; step += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.2 + step * 0.1, y) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }
    await expect(lines()).toHaveCount(2);
    await expect(widget.getByRole('status').filter({ hasText: 'Bewaard op dit apparaat.' })).toBeVisible();
    // The page did not scroll under the finger, and nothing sticks out of a phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: test.info().outputPath('drawing-study.png') });
    await page.reload();
    await waitForIslands(page.locator('[data-widget="drawing"]'));
    await expect(lines()).toHaveCount(2);
    const again = page.locator('[data-widget="drawing"]');
    await again.getByRole('button', { name: 'Wis alles' }).tap();
    await expect(lines()).toHaveCount(0);
    await again.getByRole('button', { name: 'Ongedaan maken' }).tap();
    await expect(lines()).toHaveCount(2);
  });

  test('questions at home: written down for the lesson, kept on the device, removed and put back', async ({ page }) => {
    const slide = await studyAt(page, 'relatiebeheer/relatiemanagementplan', 'questions');
    const widget = slide.locator('[data-widget="questions"]');
    await expect(widget).toContainText('Nog niets opgeschreven.');
    const field = widget.getByLabel('Wat wil je nog weten over het relatiemanagementplan');
    await field.fill('Hoeveel A-relaties moet ik uitwerken?');
    await widget.getByRole('button', { name: 'Schrijf op' }).tap();
    await field.fill('Mag het plan over mijn stagebedrijf gaan?');
    await field.press('Enter');
    const mine = widget.locator('.my-questions .question-text');
    await expect(mine).toHaveText(['Hoeveel A-relaties moet ik uitwerken?', 'Mag het plan over mijn stagebedrijf gaan?']);
    await widget.getByRole('button', { name: 'Verwijder: Hoeveel A-relaties moet ik uitwerken?' }).tap();
    await expect(mine).toHaveText(['Mag het plan over mijn stagebedrijf gaan?']);
    await expect(widget.getByRole('status')).toContainText('Je vraag is verwijderd.');
    await widget.getByRole('button', { name: 'Ongedaan maken' }).tap();
    await expect(mine).toHaveText(['Hoeveel A-relaties moet ik uitwerken?', 'Mag het plan over mijn stagebedrijf gaan?']);
    // Kept on the device: there after a reload.
    await page.reload();
    await waitForIslands(page.locator('[data-widget="questions"]'));
    await expect(page.locator('[data-widget="questions"] .my-questions .question-text')).toHaveText([
      'Hoeveel A-relaties moet ik uitwerken?',
      'Mag het plan over mijn stagebedrijf gaan?',
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: test.info().outputPath('questions-study.png') });
  });
});
