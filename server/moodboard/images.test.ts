import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { UploadResult } from '../../src/shared/moodboard/api.ts';
import { uploadsDir } from '../uploads/index.ts';
import { pngWithHeaderSize, sidewaysPhotoWithGps, solidImage } from '../uploads/test-images.ts';
import { handleSaveBoard } from './boards.ts';
import { handleServeImage, handleUploadImage } from './images.ts';
import { body, cookies, docWith, imageItem, noteItem, request, useMoodboardFixture } from './test-fixture.ts';

type ErrorBody = { error: { code: string; message: string } };

describe('POST /api/werk/borden/:id/afbeeldingen and GET /api/afbeeldingen/:id', () => {
  const fixture = useMoodboardFixture();
  const upload = (boardId: string, bytes: BodyInit, cookie: string = cookies.sam, headers: Record<string, string | null> = {}) =>
    handleUploadImage(
      request('POST', `/api/werk/borden/${boardId}/afbeeldingen`, {
        cookie,
        body: bytes,
        headers: { 'content-type': 'image/png', ...headers },
      }),
      fixture().deps,
      boardId,
    );
  const serve = (uploadId: string, cookie?: string, query = '') =>
    handleServeImage(request('GET', `/api/afbeeldingen/${uploadId}${query}`, { cookie }), fixture().deps, uploadId);
  const storedFiles = () => (existsSync(uploadsDir(fixture().dataDir)) ? readdirSync(uploadsDir(fixture().dataDir)) : []);

  it('takes two uploads of one student at a time; a third sent at once is asked to wait', async () => {
    const { samBoard, store } = fixture();
    const image = await solidImage(400, 300, 'png');
    const responses = await Promise.all([upload(samBoard.id, image), upload(samBoard.id, image), upload(samBoard.id, image)]);
    expect(responses.map((response) => response.status)).toEqual([201, 201, 429]);
    expect(await body<ErrorBody>(responses[2] as Response)).toMatchObject({ error: { code: 'uploads_busy' } });
    // Once those are done, the next one is taken again.
    expect((await upload(samBoard.id, image)).status).toBe(201);
    expect(await store.uploadedBytes('p1')).toBeGreaterThan(0);
  });

  it('stores a safe copy and serves it to its student, with safe headers', async () => {
    const { samBoard, store } = fixture();
    const response = await upload(samBoard.id, await sidewaysPhotoWithGps(), cookies.sam, { 'content-type': 'application/octet-stream' });
    expect(response.status).toBe(201);
    const result = await body<UploadResult>(response);
    expect(result).toEqual({ uploadId: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/), width: 200, height: 300 });
    expect(await store.findUpload(result.uploadId)).toMatchObject({
      participantId: 'p1',
      boardId: samBoard.id,
      mime: 'image/webp',
      width: 200,
      height: 300,
    });
    expect(await store.uploadedBytes('p1')).toBeGreaterThan(0);

    const image = await serve(result.uploadId, cookies.sam);
    expect(image.status).toBe(200);
    expect(
      Object.fromEntries(['content-type', 'x-content-type-options', 'content-disposition'].map((name) => [name, image.headers.get(name)])),
    ).toEqual({
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
    });
    expect(image.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    const bytes = Buffer.from(await image.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect([metadata.format, metadata.width, metadata.height, metadata.exif]).toEqual(['webp', 200, 300, undefined]);
    expect(Number(image.headers.get('content-length'))).toBe(bytes.length);

    const thumbnail = await serve(result.uploadId, cookies.sam, '?klein');
    const small = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata();
    expect(Math.max(small.width, small.height)).toBeLessThanOrEqual(400);

    const saved = await handleSaveBoard(
      request('PUT', `/api/werk/borden/${samBoard.id}`, {
        cookie: cookies.sam,
        json: { doc: docWith(imageItem(result.uploadId)), baseRevision: 0 },
      }),
      fixture().deps,
      samBoard.id,
    );
    expect(saved.status).toBe(200);
  });

  it.each([
    ['the teacher who handed out the assignment', cookies.teacher, 200],
    ['another student of the class', cookies.noor, 404],
    ['a student of another lesson', cookies.kim, 404],
    ['the teacher of another session', cookies.otherTeacher, 404],
    ['nobody logged in', undefined, 404],
  ])('serves it (or not) to %s', async (_who, cookie, status) => {
    const { samBoard } = fixture();
    const { uploadId } = await body<UploadResult>(await upload(samBoard.id, await solidImage(60, 40, 'png')));
    const response = await serve(uploadId, cookie);
    expect(response.status).toBe(status);
    if (status === 404) {
      const missing = await serve('AAAAAAAAAAAAAAAAAAAAAAAA', cookie);
      expect([response.status, await response.text()]).toEqual([missing.status, await missing.text()]);
    }
  });

  it('refuses a path-like id without touching the disk', async () => {
    expect((await serve('..%2F..%2Flesplatform.sqlite', cookies.sam)).status).toBe(404);
    for (const id of [
      '../../lesplatform.sqlite',
      'AAAAAAAAAAAAAAAAAAAAAAA\0',
      'A'.repeat(5000),
      'ÄAAAAAAAAAAAAAAAAAAAAAAA',
      '.'.repeat(24),
    ]) {
      expect((await serve(id, cookies.sam)).status, id.slice(0, 30)).toBe(404);
    }
  });

  it('stores under its own name whatever the file was called: ../, NUL, very long or unicode names', async () => {
    const { samBoard } = fixture();
    const names = [
      '../../../etc/passwd.png',
      '..\\..\\lesplatform.sqlite',
      'foto\0.php.png',
      `${'a'.repeat(4000)}.png`,
      'f‮gnp.exe',
      'schets 🎨 één.png',
    ];
    const ids: string[] = [];
    for (const name of names) {
      // What a browser or a script could send with the bytes; the server reads none of it.
      const headers = {
        'content-disposition': `attachment; filename="${encodeURIComponent(name)}"`,
        'x-file-name': encodeURIComponent(name),
      };
      const response = await upload(samBoard.id, await solidImage(30, 20, 'png'), cookies.sam, headers);
      expect(response.status).toBe(201);
      ids.push((await body<UploadResult>(response)).uploadId);
    }
    expect(storedFiles().sort()).toEqual(ids.flatMap((id) => [`${id}.klein.webp`, `${id}.webp`]).sort());
    expect(readdirSync(fixture().dataDir).filter((entry) => entry !== 'uploads' && !entry.startsWith('lesplatform.sqlite'))).toEqual([]);
  });

  it.each([
    ['a text file renamed .png', async () => Buffer.from('Dit is geen plaatje.'), 415, 'not_an_image'],
    ['a pixel bomb', async () => pngWithHeaderSize(60_000, 60_000), 422, 'too_many_pixels'],
    ['an 11 MB file', async () => Buffer.concat([await solidImage(10, 10, 'jpeg'), randomBytes(11 * 1024 * 1024)]), 413, 'too_large'],
    ['a png cut off halfway', async () => (await solidImage(300, 300, 'png', true)).subarray(0, 200), 422, 'unreadable'],
  ])('refuses %s and leaves the board and disk untouched', async (_what, make, status, code) => {
    const { samBoard, store } = fixture();
    await handleSaveBoard(
      request('PUT', `/api/werk/borden/${samBoard.id}`, { cookie: cookies.sam, json: { doc: docWith(noteItem()), baseRevision: 0 } }),
      fixture().deps,
      samBoard.id,
    );
    const before = await store.findBoard(samBoard.id);
    const response = await upload(samBoard.id, Buffer.from(await make()));
    expect(response.status).toBe(status);
    const error = (await body<ErrorBody>(response)).error;
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^(Dit|Deze) /);
    expect(await store.findBoard(samBoard.id)).toEqual(before);
    expect(await store.uploadedBytes('p1')).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it("refuses uploads to a board that is not the student's own, from another site, or past the quota", async () => {
    const { samBoard, noorBoard, deps } = fixture();
    const png = await solidImage(60, 40, 'png');
    expect((await upload(noorBoard.id, png)).status).toBe(404);
    expect((await upload(samBoard.id, png, cookies.teacher)).status).toBe(403);
    expect((await upload(samBoard.id, png, cookies.sam, { origin: 'https://evil.example' })).status).toBe(403);
    expect(storedFiles()).toEqual([]);

    const first = await upload(samBoard.id, png);
    expect(first.status).toBe(201);
    deps.uploadQuotaBytes = await deps.store.uploadedBytes('p1');
    const full = await upload(samBoard.id, png);
    expect(full.status).toBe(413);
    expect((await body<ErrorBody>(full)).error.code).toBe('quota_full');
    deps.uploadQuotaBytes += 10;
    expect((await body<ErrorBody>(await upload(samBoard.id, png))).error.code).toBe('quota_full');
    expect(storedFiles()).toHaveLength(2);
  });
});
