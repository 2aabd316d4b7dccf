import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLessons, formatIssues } from '../../server/lessons/check.ts';
import { BAD_LESSONS, BAD_LESSONS_DIR } from '../fixtures/bad-lessons.ts';
import { ROOT, runNode, type RunResult } from './run.ts';

/** Every file under dist/ with its modification time, to prove a failed build wrote nothing. */
async function distSnapshot(): Promise<string[]> {
  const dist = path.join(ROOT, 'dist');
  try {
    const entries = await readdir(dist, { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
    return (await Promise.all(files.map(async (file) => `${path.relative(dist, file)} ${(await stat(file)).mtimeMs}`))).sort();
  } catch {
    return ['(no dist)'];
  }
}

describe('astro build with broken lessons', () => {
  let result: RunResult;
  let distBefore: string[];

  beforeAll(async () => {
    // Safety: never start a build that could succeed, since that would overwrite dist/.
    const problems = formatIssues(await checkLessons(path.join(ROOT, BAD_LESSONS_DIR), ROOT));
    if (problems.length === 0) throw new Error(`${BAD_LESSONS_DIR} has no problems; refusing to run a build that would write dist/`);
    distBefore = await distSnapshot();
    result = await runNode(
      [path.join('node_modules', '.bin', 'astro'), 'build'],
      { LESSONS_DIR: BAD_LESSONS_DIR, ASTRO_TELEMETRY_DISABLED: '1' },
      115_000,
    );
  }, 120_000);

  it('fails', () => {
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
  });

  it('stops in the lesson check with the number of problems', () => {
    const output = result.stdout + result.stderr;
    expect(output).toContain('[lesson-check]');
    expect(output).toContain(`De lessen hebben ${BAD_LESSONS.length} probleem/problemen:`);
  });

  const picked = [
    'frontmatter/missing-title.mdx',
    'frontmatter/broken-yaml.mdx',
    'widgets/duplicate-id.mdx',
    'widgets/timer-bad-duration.mdx',
    'widgets/unknown-widget.mdx',
    'slides/unknown-option.mdx',
    'syntax/mismatched-tag.mdx',
  ].map((file) => {
    const bad = BAD_LESSONS.find((entry) => entry.file === `${BAD_LESSONS_DIR}/${file}`);
    if (!bad) throw new Error(`no fixture ${file}`);
    return bad;
  });

  it.each(picked)('names $file:$line', ({ file, line, column, message }) => {
    const lines = (result.stdout + result.stderr).split('\n').map((text) => text.trim());
    const found = lines.filter((text) => text.startsWith(`${file}:`));
    expect(found).toHaveLength(1);
    expect(found[0]?.startsWith(`${file}:${line}:${column} `)).toBe(true);
    expect(found[0]).toContain(message);
  });

  it('wrote nothing to dist/', async () => {
    expect(await distSnapshot()).toEqual(distBefore);
  });
});
