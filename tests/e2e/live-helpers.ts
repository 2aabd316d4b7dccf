import { spawnSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { LES2 } from './helpers.ts';

/** A phone as the class has them. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'nl-NL' };
export const TEACHER_PASSWORD = 'een lang wachtwoord';

/**
 * Adds a teacher to the test server's database with the administrator's command. Parallel tests of
 * one file may each run the set-up, so an account that exists already is fine.
 */
export function addTeacher(email: string, name: string): void {
  const run = spawnSync(process.execPath, ['server/cli/teacher-add.ts', '--email', email, '--name', name, '--password', TEACHER_PASSWORD], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR },
    encoding: 'utf8',
  });
  if (run.status !== 0 && !run.stderr.includes('er is al een account')) throw new Error(`teacher:add failed: ${run.stderr}`);
}

/** Logs the teacher in and presses "Live lesgeven" on a lesson (Les 2 unless said); returns the join code and session id. */
export async function startLiveLesson(page: Page, email: string, lesson = LES2): Promise<{ code: string; sessionId: string }> {
  await page.goto('/docent/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(TEACHER_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.goto(`/lessons/${lesson}`);
  await page.getByRole('button', { name: 'Live lesgeven' }).click();
  await expect(page).toHaveURL(/\/docent\/live\/[0-9a-f-]{36}$/);
  return { code: ((await page.locator('.join-code').textContent()) ?? '').trim(), sessionId: page.url().split('/').at(-1) ?? '' };
}

/** A phone-sized student context that joins the session with `code` under `name`. */
export async function phoneJoins(browser: Browser, code: string, name: string): Promise<Page> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await page.goto(`/join/${code}`);
  await page.getByLabel('Je naam').fill(name);
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page.locator('[data-me]')).toHaveText(`Je doet mee als ${name}`);
  return page;
}

/** Moves the live session to a slide from the teacher's control panel. */
export async function goToSlide(page: Page, index: number): Promise<void> {
  await page.getByLabel('Ga naar dia').selectOption(String(index));
  await page.getByRole('button', { name: 'Ga', exact: true }).click();
  await expect(page.getByText(new RegExp(`^Dia ${index} van 31:`))).toBeVisible();
}
