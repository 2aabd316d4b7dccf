import { describe, expect, it } from 'vitest';
import { firstImage, MAX_IMAGE_BYTES, precheckImage } from './upload.ts';

describe('precheckImage', () => {
  it.each([
    [{ type: 'image/jpeg', size: 1000 }, null],
    [{ type: 'image/png', size: MAX_IMAGE_BYTES }, null],
    [{ type: 'image/webp', size: 5 }, null],
    [{ type: 'image/gif', size: 5 }, null],
    [{ type: 'image/svg+xml', size: 5 }, 'mbEdit.upload.badType'],
    [{ type: 'application/pdf', size: 5 }, 'mbEdit.upload.badType'],
    [{ type: '', size: 5 }, null],
    [{ type: 'image/png', size: 0 }, 'mbEdit.upload.badType'],
    [{ type: 'image/jpeg', size: MAX_IMAGE_BYTES + 1 }, 'mbEdit.upload.tooBig'],
  ] as const)('%o → %s', (file, expected) => {
    expect(precheckImage(file)).toBe(expected);
  });
});

describe('firstImage', () => {
  it('takes the first image among dropped or pasted files', () => {
    expect(
      firstImage([
        { type: 'text/plain', n: 1 },
        { type: 'image/png', n: 2 },
        { type: 'image/jpeg', n: 3 },
      ]),
    ).toEqual({ type: 'image/png', n: 2 });
    expect(firstImage([{ type: 'text/plain' }])).toBeNull();
    expect(firstImage(null)).toBeNull();
  });
});
