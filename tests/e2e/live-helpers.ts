import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
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

/** Logs the teacher in and presses "Live lesgeven" on Les 2; returns the join code and session id. */
export async function startLiveLesson(page: Page, email: string): Promise<{ code: string; sessionId: string }> {
  await page.goto('/docent/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(TEACHER_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.goto(`/lessons/${LES2}`);
  await page.getByRole('button', { name: 'Live lesgeven' }).click();
  await expect(page).toHaveURL(/\/docent\/live\/[0-9a-f-]{36}$/);
  return { code: ((await page.locator('.join-code').textContent()) ?? '').trim(), sessionId: page.url().split('/').at(-1) ?? '' };
}
