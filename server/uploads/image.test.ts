import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../storage/test-helpers.ts';
import { prepareImage } from './image.ts';
import { storeUploadedImage, uploadFiles, uploadsDir, UPLOAD_LIMITS } from './index.ts';
import { sniffImageType } from './sniff.ts';
import {
  gifScript,
  gifWithHeaderSize,
  jpegWithHtml,
  pngWithHeaderSize,
  pngWithHtml,
  POLYGLOT_SCRIPT,
  sidewaysPhotoWithGps,
  solidImage,
} from './test-images.ts';

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ name: 'UploadRefusedError' });
  return error as { code: string; message: string };
}

describe('sniffImageType', () => {
  it('reads the type from the first bytes, never from a name', async () => {
    expect(sniffImageType(await solidImage(4, 4, 'jpeg'))).toBe('jpeg');
    expect(sniffImageType(await solidImage(4, 4, 'png'))).toBe('png');
    expect(sniffImageType(await solidImage(4, 4, 'webp'))).toBe('webp');
    expect(sniffImageType(await solidImage(4, 4, 'gif'))).toBe('gif');
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF1234WAVE'))).toBeNull();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });
});

describe('prepareImage', () => {
  it('turns a sideways photo upright and drops its EXIF and GPS data', async () => {
    const photo = await sidewaysPhotoWithGps();
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString('latin1')).toContain('GeheimeFotograaf');

    const prepared = await prepareImage(photo);
    expect(prepared).toMatchObject({ mime: 'image/webp', width: 200, height: 300 });
    for (const output of [prepared.image, prepared.thumbnail]) {
      const after = await sharp(output).metadata();
      expect(after.format).toBe('webp');
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(output.toString('latin1')).not.toContain('GeheimeFotograaf');
    }
  });

  it('caps the longest side and makes a small thumbnail, never enlarging', async () => {
    const prepared = await prepareImage(await solidImage(3000, 1500, 'jpeg'));
    expect([prepared.width, prepared.height]).toEqual([UPLOAD_LIMITS.storedSide, 1200]);
    const thumbnail = await sharp(prepared.thumbnail).metadata();
    expect([thumbnail.width, thumbnail.height]).toEqual([UPLOAD_LIMITS.thumbnailSide, 200]);

    const small = await prepareImage(await solidImage(120, 90, 'png'));
    expect([small.width, small.height]).toEqual([120, 90]);
  });

  it('keeps transparency and takes the first frame of a gif', async () => {
    const withAlpha = await prepareImage(await solidImage(50, 40, 'png', true));
    expect((await sharp(withAlpha.image).metadata()).hasAlpha).toBe(true);
    const gif = await prepareImage(await solidImage(64, 48, 'gif'));
    expect(gif).toMatchObject({ mime: 'image/webp', width: 64, height: 48 });
  });

  it('refuses a text file renamed to .png as not an image', async () => {
    const error = await refusal(prepareImage(Buffer.from('Dit is mijn huiswerk, geen plaatje.\n')));
    expect(error).toMatchObject({ code: 'not_an_image', message: 'Dit bestand is geen afbeelding. Kies een jpg, png, webp of gif.' });
    expect((await refusal(prepareImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')))).code).toBe(
      'not_an_image',
    );
  });

  it('refuses more than 10 MB before looking inside', async () => {
    const eleven = Buffer.concat([await solidImage(10, 10, 'jpeg'), randomBytes(11 * 1024 * 1024)]);
    expect(await refusal(prepareImage(eleven))).toMatchObject({ code: 'too_large', message: 'Deze afbeelding is groter dan 10 MB.' });
  });

  it('refuses a pixel bomb from its header, without decoding it', async () => {
    const bomb = pngWithHeaderSize(50_000, 50_000);
    expect(bomb.length).toBeLessThan(100);
    const error = await refusal(prepareImage(bomb));
    expect(error.code).toBe('too_many_pixels');
    expect(error.message).toContain('50000 × 50000');
    // 42 megapixels with both sides under the limit: refused for the pixel count alone. Its pixel
    // data is junk, so a refusal for size (not 'unreadable') shows the header decided it.
    expect((await refusal(prepareImage(pngWithHeaderSize(7000, 6000)))).code).toBe('too_many_pixels');
    expect((await refusal(prepareImage(pngWithHeaderSize(4000, 4000)))).code).toBe('unreadable');
  });

  it('refuses a real image with one side over the limit', async () => {
    const wide = await solidImage(UPLOAD_LIMITS.maxSide + 1, 100, 'png');
    expect((await refusal(prepareImage(wide))).code).toBe('too_many_pixels');
  });

  it('refuses a png that was cut off halfway as unreadable', async () => {
    const png = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#123' } })
      .composite([{ input: await solidImage(100, 100, 'png', true), left: 20, top: 20 }])
      .png()
      .toBuffer();
    const error = await refusal(prepareImage(png.subarray(0, Math.floor(png.length / 2))));
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/beschadigd/);
  });

  it('refuses a gif pixel bomb from its header too', async () => {
    const bomb = gifWithHeaderSize(60_000, 60_000);
    expect(bomb.length).toBeLessThan(100);
    expect((await refusal(prepareImage(bomb))).code).toBe('too_many_pixels');
  });

  it('refuses web pages, scripts and vector images whatever they are called', async () => {
    for (const text of [
      '<!doctype html><html><body><script>alert(1)</script></body></html>',
      '<?xml version="1.0"?><svg onload="alert(1)"/>',
      'alert(1)',
      '%PDF-1.7\n',
    ]) {
      expect((await refusal(prepareImage(Buffer.from(text)))).code, text).toBe('not_an_image');
    }
    expect((await refusal(prepareImage(new Uint8Array(0)))).code).toBe('not_an_image');
  });

  it('refuses a GIF/JS polyglot that is no picture, and keeps only the pixels of one that is', async () => {
    expect((await refusal(prepareImage(gifScript()))).code).toBe('unreadable');
    for (const polyglot of [await pngWithHtml(), await jpegWithHtml()]) {
      expect(polyglot.includes(POLYGLOT_SCRIPT)).toBe(true);
      const prepared = await prepareImage(polyglot);
      // Re-encoded from the pixels: nothing of the page or script is left in either file.
      for (const stored of [prepared.image, prepared.thumbnail]) {
        expect(stored.includes('script')).toBe(false);
        expect(stored.includes('<html')).toBe(false);
        expect(sniffImageType(stored)).toBe('webp');
      }
      expect(prepared).toMatchObject({ mime: 'image/webp', width: 40, height: 30 });
    }
  });

  it('refuses a file whose signature lies about its type', async () => {
    const jpeg = await solidImage(20, 20, 'jpeg');
    const disguised = Buffer.concat([Buffer.from('GIF89a'), jpeg]);
    expect((await refusal(prepareImage(disguised))).code).toMatch(/^(not_an_image|unreadable)$/);
  });
});

describe('storeUploadedImage', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.remove());

  it('stores image and thumbnail under random names, with no temporary files left', async () => {
    const stored = await storeUploadedImage(temp.dir, await sidewaysPhotoWithGps());
    expect(stored).toMatchObject({ id: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/), mime: 'image/webp', width: 200, height: 300 });
    const files = uploadFiles(temp.dir, stored.id);
    expect(readdirSync(uploadsDir(temp.dir)).sort()).toEqual([`${stored.id}.klein.webp`, `${stored.id}.webp`]);
    expect(stored.bytes).toBe(readFileSync(files.image).length + readFileSync(files.thumbnail).length);
    const other = await storeUploadedImage(temp.dir, await sidewaysPhotoWithGps());
    expect(other.id).not.toBe(stored.id);
  });

  it('stores nothing when refused, also when the quota is full', async () => {
    await expect(storeUploadedImage(temp.dir, Buffer.from('geen plaatje'))).rejects.toMatchObject({ code: 'not_an_image' });
    const photo = await solidImage(100, 100, 'jpeg');
    await expect(storeUploadedImage(temp.dir, photo, { usedBytes: 1000, quotaBytes: 1010 })).rejects.toMatchObject({ code: 'quota_full' });
    expect(existsSync(uploadsDir(temp.dir)) ? readdirSync(uploadsDir(temp.dir)) : []).toEqual([]);
    await expect(storeUploadedImage(temp.dir, photo, { usedBytes: 0, quotaBytes: 1_000_000 })).resolves.toMatchObject({ width: 100 });
  });

  it('never builds a path from something that is not an upload id', () => {
    expect(() => uploadFiles(temp.dir, '../../etc/passwd')).toThrow(RangeError);
  });
});
