/** What the upload rules allow; the numbers appear in the refusals students read. */
export const UPLOAD_LIMITS = {
  /** Bytes of the file as sent. */
  maxInputBytes: 10 * 1024 * 1024,
  /** Width × height, read from the header before anything is decoded (decompression bombs). */
  maxPixels: 40_000_000,
  maxSide: 8000,
  /** The stored image and its thumbnail fit in a square of this many pixels. */
  storedSide: 2400,
  thumbnailSide: 400,
  /** Default for UPLOAD_QUOTA_MB: what one student may store in all. */
  defaultQuotaBytes: 200 * 1024 * 1024,
} as const;

export const UPLOAD_REFUSAL_CODES = ['not_an_image', 'too_large', 'too_many_pixels', 'unreadable', 'quota_full'] as const;
export type UploadRefusalCode = (typeof UPLOAD_REFUSAL_CODES)[number];

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The Dutch sentence a student reads for each refusal. */
export const UPLOAD_REFUSALS: Record<UploadRefusalCode, string> = {
  not_an_image: 'Dit bestand is geen afbeelding. Kies een jpg, png, webp of gif.',
  too_large: `Deze afbeelding is groter dan ${megabytes(UPLOAD_LIMITS.maxInputBytes)} MB.`,
  too_many_pixels: `Deze afbeelding heeft te veel pixels (hoogstens ${UPLOAD_LIMITS.maxPixels / 1_000_000} megapixel en ${UPLOAD_LIMITS.maxSide} pixels breed of hoog).`,
  unreadable: 'Deze afbeelding is beschadigd of niet helemaal verstuurd. Probeer het opnieuw of kies een ander bestand.',
  quota_full:
    'Je hebt de ruimte voor afbeeldingen opgebruikt. Gebruik een afbeelding die al op je moodboard staat opnieuw (Dupliceren), of vraag je docent om hulp.',
};

/** An upload the rules refuse; `code` for programs, `message` (Dutch) for the student. */
export class UploadRefusedError extends Error {
  readonly code: UploadRefusalCode;

  constructor(code: UploadRefusalCode, message: string = UPLOAD_REFUSALS[code]) {
    super(message);
    this.name = 'UploadRefusedError';
    this.code = code;
  }
}

/** Refuses when storing `adding` more bytes would take the student past `quotaBytes`. */
export function checkQuota(usedBytes: number, addingBytes: number, quotaBytes: number): void {
  if (usedBytes + addingBytes > quotaBytes) throw new UploadRefusedError('quota_full');
}
