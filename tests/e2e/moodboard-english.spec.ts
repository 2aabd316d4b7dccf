import { expect, test } from './fixtures.ts';
import { waitForIslands } from './helpers.ts';
import { renamedTextFile } from './images.ts';
import { addTeacher } from './live-helpers.ts';
import { EMAIL, LAPTOP, lessonWithHandout } from './moodboard-helpers.ts';

test.beforeAll(() => addTeacher(EMAIL, 'Moodboard Docent'));

test('a student who reads English gets the refusals of the work login and of an upload in English', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const { workCode } = await lessonWithHandout(page, browser, 'Noor');
  const context = await browser.newContext({ ...LAPTOP, locale: 'en-GB' });
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL ?? '' }]);
  const home = await context.newPage();
  await home.goto('/werk');
  await waitForIslands(home);

  // A mistyped work code: the server says unknown_code, the page words it in English.
  await home.getByRole('textbox', { name: 'Work code' }).fill('AAAA-BBBB');
  await home.getByRole('button', { name: 'Log in' }).click();
  await expect(home.getByRole('alert')).toHaveText('We do not know this code. Check that you typed it correctly.');

  await home.getByRole('textbox', { name: 'Work code' }).fill(workCode);
  await home.getByRole('button', { name: 'Log in' }).click();
  await home.getByRole('button', { name: 'Open moodboard' }).click();
  await expect(home).toHaveURL(/\/werk\/bord\/[0-9a-f-]{36}$/);
  await waitForIslands(home);

  // A text file named .png passes the page's own check; the server refuses it as not_an_image.
  const chooser = home.waitForEvent('filechooser');
  await home.getByRole('button', { name: 'Image', exact: true }).click();
  await (await chooser).setFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: renamedTextFile() });
  await expect(home.getByRole('alert')).toContainText(
    'The image was not added. This file is not an image. Choose a jpg, png, webp or gif.',
  );
  await expect(home.locator('body')).not.toContainText('Dit bestand');
  await context.close();
});
