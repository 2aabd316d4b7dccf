import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runNode } from './run.ts';

/** Good lessons beside broken ones: a wrong file name, a missing duration, a run-on goal and a literal <. */
const MIXED = path.join(ROOT, 'tests/fixtures/lessons-mixed');
const BROKEN = 'voorraad/kleiner-dan.mdx';

interface Started {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** `npm start` (server/cli/start.ts) on a free port; resolves once it says where it runs. */
function start(env: Record<string, string>): Promise<Started> {
  const child: ChildProcess = spawn(process.execPath, ['server/cli/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /draait op (http:\/\/\S+)/.exec(output);
      if (found?.[1]) resolve({ url: found[1], output: () => output, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`start stopped (${code}):\n${output}`)));
  });
}

/** Makes the first teacher through the setup form and returns its session cookie. */
async function teacherCookie(url: string): Promise<string> {
  const response = await fetch(`${url}/docent/start`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: 'docent@school.nl', name: 'Docent', password: 'een-lang-wachtwoord' }),
  });
  expect(response.status).toBe(303);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('npm start with a broken lesson beside good ones', () => {
  let work: string;
  let lessons: string;
  let env: Record<string, string>;
  let server: Started;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'start-broken-'));
    lessons = path.join(work, 'lessons');
    await cp(MIXED, lessons, { recursive: true });
    // The build must live inside the project (its server imports the project's packages).
    const build = path.join(ROOT, 'node_modules/.cache', path.basename(work));
    env = { LESSONS_DIR: lessons, BUILD_DIR: build, DATA_DIR: path.join(work, 'data') };
    server = await start(env);
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
    await rm(env.BUILD_DIR ?? '', { recursive: true, force: true });
    await rm(`${env.BUILD_DIR}-cache`, { recursive: true, force: true });
  });

  it('comes up and says which lessons it left out', () => {
    expect(server.output()).toContain('2 les(sen) met fouten niet te zien voor leerlingen');
    expect(server.output()).toContain(`lessons/${BROKEN}`);
    expect(server.output()).toContain('lessons/voorraad/Les 9 Voorraad.mdx');
  });

  it('serves the good lesson, with the written < signs as text', async () => {
    const list = (await (await fetch(`${server.url}/api/lessons`)).json()) as { slug: string }[];
    expect(list.map((lesson) => lesson.slug)).toEqual(['voorraad/les-9-voorraad']);
    const page = await fetch(`${server.url}/lessons/voorraad/les-9-voorraad/study`);
    expect(page.status).toBe(200);
    expect(text(await page.text())).toContain('Een bestelling van <10 stuks gaat met de post; vanaf <20 stuks komt de vrachtwagen.');
  });

  it('shows students nothing of the broken lessons', async () => {
    expect((await fetch(`${server.url}/lessons/voorraad/kleiner-dan`)).status).toBe(404);
    expect(text(await (await fetch(`${server.url}/`)).text())).not.toContain('Kleine bestellingen');
    expect(text(await (await fetch(`${server.url}/`)).text())).not.toContain('oude versie');
  });

  it('lists the broken lessons for teachers with file:line:column, in Dutch and in English', async () => {
    const cookie = await teacherCookie(server.url);
    const where = path.relative(ROOT, path.join(lessons, BROKEN));
    const dutch = text(await (await fetch(`${server.url}/docent`, { headers: { cookie } })).text());
    expect(dutch).toContain('Lessen met fouten (2)');
    expect(dutch).toContain(`${where}:2:1 frontmatter durationMinutes: durationMinutes ontbreekt`);
    expect(dutch).toContain(`${where}:9:1 dit leerdoel loopt door op de volgende regel`);
    expect(dutch).toContain(`${where}:14:16 een < in de tekst wordt gelezen als het begin van een onderdeel`);
    const english = text(await (await fetch(`${server.url}/docent`, { headers: { cookie: `${cookie}; lang=en` } })).text());
    expect(english).toContain('Lessons with errors (2)');
    expect(english).toContain(`${where}:2:1 frontmatter durationMinutes: durationMinutes is missing`);
    expect(english).toContain(`${where}:14:16 a < in the text is read as the start of a component`);
  });

  it('refuses the same lessons in lessons:check and in a build for CI, with file:line:column', async () => {
    const where = path.relative(ROOT, path.join(lessons, BROKEN));
    const check = await runNode(['server/cli/check-lessons.ts'], { LESSONS_DIR: lessons });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${where}:14:16 een < in de tekst`);
    const build = await runNode(
      ['node_modules/astro/bin/astro.mjs', 'build'],
      { ...env, BUILD_DIR: `${env.BUILD_DIR}-ci`, ASTRO_TELEMETRY_DISABLED: '1' },
      115_000,
    );
    expect(build.code).not.toBe(0);
    expect(build.stdout + build.stderr).toContain(`${where}:14:16 een < in de tekst`);
  }, 120_000);

  it('serves a fixed lesson after the next start', async () => {
    await server.stop();
    const file = path.join(lessons, BROKEN);
    const fixed = (await readFile(file, 'utf8'))
      .replace('language: nl', 'durationMinutes: 30\nlanguage: nl')
      .replace('   - Je weet wanneer', '  - Je weet wanneer')
      .replace('<10', '&lt;10');
    await writeFile(file, fixed);
    server = await start(env);
    expect(server.output()).toContain('De app wordt gebouwd');
    expect(server.output()).toContain('1 les(sen) met fouten');
    const list = (await (await fetch(`${server.url}/api/lessons`)).json()) as { slug: string }[];
    expect(list.map((lesson) => lesson.slug).sort()).toEqual(['voorraad/kleiner-dan', 'voorraad/les-9-voorraad']);
    expect(text(await (await fetch(`${server.url}/lessons/voorraad/kleiner-dan/study`)).text())).toContain(
      'Een bestelling <10 stuks gaat met de post.',
    );
  }, 240_000);
});
