import type { MessageKey, Translate } from '../../i18n/index.ts';
import { MOODBOARD_ERROR_CODES, type MoodboardErrorCode } from '../../shared/moodboard/error-codes.ts';

/** The catalogue key of every moodboard API refusal: a code without a wording is a type error here. */
export const MOODBOARD_ERROR_KEYS = {
  bad_origin: 'mbError.bad_origin',
  unsupported_type: 'mbError.unsupported_type',
  too_large: 'mbError.too_large',
  bad_json: 'mbError.bad_json',
  invalid: 'mbError.invalid',
  not_logged_in: 'mbError.not_logged_in',
  unknown_code: 'mbError.unknown_code',
  removed: 'mbError.removed',
  too_many_attempts: 'mbError.too_many_attempts',
  uploads_busy: 'mbError.uploads_busy',
  not_found: 'mbError.not_found',
  image_not_found: 'mbError.image_not_found',
  read_only: 'mbError.read_only',
  unknown_image: 'mbError.unknown_image',
  unknown_answer: 'mbError.unknown_answer',
  conflict: 'mbError.conflict',
  empty_board: 'mbError.empty_board',
  not_an_image: 'mbError.not_an_image',
  too_many_pixels: 'mbError.too_many_pixels',
  unreadable: 'mbError.unreadable',
  quota_full: 'mbError.quota_full',
} as const satisfies Record<MoodboardErrorCode, MessageKey>;

const isMoodboardErrorCode = (code: string): code is MoodboardErrorCode => (MOODBOARD_ERROR_CODES as readonly string[]).includes(code);

/** A refusal of the moodboard API worded for the reader; a code this page does not know reads as a general failure. */
export function moodboardRefusalText(t: Translate, code: string): string {
  return t(isMoodboardErrorCode(code) ? MOODBOARD_ERROR_KEYS[code] : 'mbError.unknown');
}
