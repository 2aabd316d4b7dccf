import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_LESSONS, BAD_LESSONS_DIR, GOOD_LESSON, GOOD_LESSONS_DIR } from '../fixtures/bad-lessons.ts';
import { ROOT, runNode, type RunResult } from './run.ts';

const CLI = 'server/cli/check-lessons.ts';

it('runs under Node 24 or newer (the CLI is TypeScript run by Node itself)', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
});

describe('lessons:check with the bad fixtures', () => {
  let result: RunResult;
  beforeAll(async () => {
    result = await runNode([CLI], { LESSONS_DIR: BAD_LESSONS_DIR });
  });

  it('exits with 1', () => {
    expect(result.code).toBe(1);
  });

  it('marks every fixture as failing', () => {
    for (const { file } of BAD_LESSONS) expect(result.stdout).toContain(`FOUT ${file} (`);
    expect(result.stdout).not.toContain('ok   ');
    expect(result.stdout).not.toContain('zijn in orde');
  });

  it('counts the problems', () => {
    expect(result.stderr).toContain(`${BAD_LESSONS.length} probleem/problemen:`);
  });

  it.each(BAD_LESSONS)('names $file:$line', ({ file, line, column, message }) => {
    const lines = result.stderr.split('\n').filter((text) => text.startsWith(`${file}:`));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(`${file}:${line}:${column} `)).toBe(true);
    expect(lines[0]).toContain(message);
  });

  it('accepts an absolute LESSONS_DIR too', async () => {
    const absolute = await runNode([CLI], { LESSONS_DIR: path.join(ROOT, BAD_LESSONS_DIR, 'widgets') });
    expect(absolute.code).toBe(1);
    expect(absolute.stderr).toContain(`${BAD_LESSONS_DIR}/widgets/duplicate-id.mdx:20:1 id "timer-werk" bestaat al (regel 14)`);
    expect(absolute.stderr).not.toContain('frontmatter/');
    // Lessons straight in the folder have no module folder, so no pages.
    expect(absolute.stderr).toContain(
      `${BAD_LESSONS_DIR}/widgets/duplicate-id.mdx:1:1 de les staat niet op de goede plek: zet haar in ${BAD_LESSONS_DIR}/widgets/<module>/<les>.mdx`,
    );
  });
});

describe('lessons:check with the good fixture', () => {
  it('exits with 0 and reports the lesson as ok', async () => {
    const result = await runNode([CLI], { LESSONS_DIR: GOOD_LESSONS_DIR });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`ok   ${GOOD_LESSON} (10 dia's, 7 onderdelen)`);
    expect(result.stdout).toContain('Alle 1 lessen zijn in orde.');
  });
});

describe('lessons:check on the shipped lessons', () => {
  it('passes', async () => {
    const result = await runNode([CLI], { LESSONS_DIR: undefined });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("ok   lessons/relatiebeheer/les-2-wat-is-relatiebeheer.mdx (31 dia's, 12 onderdelen)");
    expect(result.stdout).toContain("ok   lessons/relatiebeheer/waarheden-klanttevredenheid.mdx (18 dia's, 17 onderdelen)");
    expect(result.stdout).not.toContain('FOUT');
    expect(result.stdout).toMatch(/\nAlle \d+ lessen zijn in orde\.\n$/);
  });
});

describe('lessons:check on an empty folder', () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(path.join(tmpdir(), 'lessons-empty-'));
  });
  afterAll(async () => {
    await rm(empty, { recursive: true, force: true });
  });

  it('fails and says no lessons were found', async () => {
    const result = await runNode([CLI], { LESSONS_DIR: empty });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Geen lessen gevonden in ${empty}`);
  });
});

describe('lessons:check on a folder that does not exist', () => {
  it('fails with a plain Dutch message, not a stack trace', async () => {
    const missing = path.join(tmpdir(), 'lessen-die-niet-bestaan');
    const result = await runNode([CLI], { LESSONS_DIR: missing });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(`De map met lessen bestaat niet: ${missing} (maak lessons/<module>/<les>.mdx of zet LESSONS_DIR).`);
  });
});
