import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { currentFrame, LES2, openPresent, openStudy, waitForIslands } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page and fails with a readable list of violations. */
async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(0);
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
  expect(summary).toEqual([]);
}

test.describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('catalogue', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('li.card').first()).toBeVisible();
    await expectNoViolations(page);
  });

  test('lesson overview of Les 2', async ({ page }) => {
    await page.goto(`/lessons/${LES2}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 2: Wat is Relatiebeheer?');
    await expectNoViolations(page);
  });

  test.describe('present mode', () => {
    test.use({ viewport: { width: 1280, height: 720 } });

    test('slide 1', async ({ page }) => {
      await openPresent(page);
      await expect(page.locator('[data-position]')).toHaveText('Dia 1 van 31');
      await expectNoViolations(page);
    });

    test('quiz slide 12, also with the answer shown', async ({ page }) => {
      await openPresent(page, LES2, 12);
      await expect(page.locator('[data-position]')).toHaveText('Dia 12 van 31');
      await waitForIslands(currentFrame(page));
      await expectNoViolations(page);
      await currentFrame(page).getByRole('button', { name: 'Toon antwoord' }).click();
      await expect(currentFrame(page).getByRole('button', { name: 'Verberg antwoord' })).toBeVisible();
      await expectNoViolations(page);
    });

    test('both themes: title, section, six-option quiz, image and video slides', async ({ page }) => {
      const slides: [string, number][] = [
        [LES2, 7],
        [LES2, 13],
        [LES2, 17],
        ['relatiebeheer/klantgerichte-organisatie', 1],
        ['relatiebeheer/klantgerichte-organisatie', 4],
        ['relatiebeheer/klantgerichte-organisatie', 15],
        ['relatiebeheer/relatiemarketing', 4],
      ];
      for (const [slug, index] of slides) {
        await openPresent(page, slug, index);
        await expect(currentFrame(page)).toHaveAttribute('data-slide-frame', String(index));
        await waitForIslands(currentFrame(page));
        await expectNoViolations(page);
      }
    });

    test('overview grid', async ({ page }) => {
      await openPresent(page);
      await page.keyboard.press('o');
      await expect(page.locator('[data-deck="present"]')).toHaveClass(/deck--overview/);
      await expectNoViolations(page);
    });
  });

  test.describe('study mode on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

    test('slide 1', async ({ page }) => {
      await openStudy(page);
      await expect(page.locator('[data-position]')).toHaveText('Dia 1 van 31');
      await expectNoViolations(page);
    });

    test('the quiz, before and after an answer', async ({ page }) => {
      await openStudy(page);
      for (let index = 2; index <= 12; index++) {
        await page.getByRole('button', { name: 'Volgende dia ›' }).tap();
        await expect(page.locator('[data-position]')).toHaveText(`Dia ${index} van 31`);
      }
      const slide = currentFrame(page);
      await waitForIslands(slide);
      await expect(slide.getByRole('group', { name: /Wat is duurder\?/ })).toBeVisible();
      await expectNoViolations(page);

      await slide.getByRole('radio', { name: 'het behouden van klanten' }).check();
      await slide.getByRole('button', { name: 'Controleer' }).tap();
      await expect(slide.getByRole('status')).toContainText('Fout');
      await expectNoViolations(page);
    });

    test('mind map with ideas', async ({ page }) => {
      await page.addInitScript(([key, record]) => localStorage.setItem(key, record), [
        `study:${LES2}`,
        JSON.stringify({ slide: 8, answers: { 'mindmap-relatiebeheer': ['Service', 'Vertrouwen'] } }),
      ] as const);
      await openStudy(page);
      await expect(page.locator('[data-position]')).toHaveText('Dia 8 van 31');
      await waitForIslands(currentFrame(page));
      await expect(currentFrame(page).getByRole('list', { name: 'Jouw ideeën' }).getByRole('listitem')).toHaveCount(2);
      await expectNoViolations(page);
    });

    test('open question and the closing screen', async ({ page }) => {
      await page.addInitScript(([key, record]) => localStorage.setItem(key, record), [
        `study:${LES2}`,
        JSON.stringify({ slide: 31, answers: { 'open-klantwaarde': 'Als hij terugkomt.' } }),
      ] as const);
      await openStudy(page);
      await expect(page.locator('[data-position]')).toHaveText('Dia 31 van 31');
      await waitForIslands(currentFrame(page));
      await expect(currentFrame(page).getByRole('textbox')).toHaveValue('Als hij terugkomt.');
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Volgende dia ›' }).tap();
      await expect(page.locator('[data-done]')).toBeVisible();
      await expectNoViolations(page);
    });
  });

  test('keyboard: Tab reaches the skip link first, then the header and the lesson links, with visible focus', async ({ page }) => {
    await page.goto('/');
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return {
          tag: element.tagName.toLowerCase(),
          text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
          href: element.getAttribute('href'),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
        };
      });

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await focused()).toMatchObject({ tag: 'a', href: '#main', outline: true, onScreen: true });

    // Following the skip link moves focus to the main content.
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();

    // From the top again: every stop has a visible focus ring, and the lesson links come in catalogue order.
    await page.goto('/');
    const lessonLinks = await page.locator('li.card h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(lessonLinks.length).toBeGreaterThanOrEqual(5);
    const reached: string[] = [];
    const stops: string[] = [];
    for (let i = 0; i < 20 && reached.length < lessonLinks.length; i++) {
      await page.keyboard.press('Tab');
      const element = await focused();
      expect(element, `tab stop ${i + 1}`).not.toBeNull();
      expect(element?.outline, `visible focus on "${element?.text}"`).toBe(true);
      expect(element?.onScreen, `"${element?.text}" is on screen when focused`).toBe(true);
      stops.push(element?.text ?? '');
      if (element?.href && lessonLinks.includes(element.href)) reached.push(element.href);
    }
    expect(stops[0]).toBe('Naar de inhoud');
    expect(stops).toContain('Taal: English');
    expect(reached).toEqual(lessonLinks);

    // Enter on a focused lesson link opens it.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(lessonLinks.at(-1) ?? '');
  });

  test('keyboard: the quiz in study mode can be answered without a pointer', async ({ page }) => {
    await page.addInitScript(([key, record]) => localStorage.setItem(key, record), [
      `study:${LES2}`,
      JSON.stringify({ slide: 12, answers: {} }),
    ] as const);
    await openStudy(page);
    await expect(page.locator('[data-position]')).toHaveText('Dia 12 van 31');
    const slide = currentFrame(page);
    await waitForIslands(slide);
    const first = slide.getByRole('radio', { name: 'het behouden van klanten' });
    await first.focus();
    // The option shows a visible focus ring around its label.
    const ring = await slide
      .locator('label.option')
      .first()
      .evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(ring).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await expect(slide.getByRole('radio', { name: 'werven van nieuwe klanten' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(slide.getByRole('button', { name: 'Controleer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(slide.getByRole('status')).toContainText('Goed!');
  });
});
