import { z } from 'zod';
import { issueText, type IssueText, type LessonIssueCode } from './issues.ts';

/**
 * Rules for the addresses a lesson may contain. A lesson is content shown to every student: it may
 * link anywhere a person can click to, but everything the browser loads by itself (images, video
 * files, backgrounds) must come from this site's public/ folder.
 */

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'svg', 'avif'] as const;
export const VIDEO_EXTENSIONS = ['mp4', 'webm'] as const;

export type AssetKind = 'image' | 'video';

const EXTENSIONS: Record<AssetKind, readonly string[]> = { image: IMAGE_EXTENSIONS, video: VIDEO_EXTENSIONS };

/** Letters (any script), digits and - _ . / %: nothing that can end a quote, url() or attribute. */
const SAFE_PATH = /^[\p{L}\p{M}\p{N}\-_./%]+$/u;

/**
 * Why `value` is not a file in public/ of the given kind, as a message, or null when it is
 * one: `/images/foto.jpg`. The path must start with a single `/`, use only safe characters, have no
 * `..` (also not %-encoded) and end in a known extension.
 */
export function assetProblem(value: string, kind: AssetKind): IssueText | null {
  const extensions = EXTENSIONS[kind];
  if (/^\s*data:/i.test(value)) return issueText('lessonIssue.path.data');
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value.trim())) return issueText('lessonIssue.path.external');
  if (!value.startsWith('/')) return issueText('lessonIssue.path.slash');
  if (!SAFE_PATH.test(value)) return issueText('lessonIssue.path.characters');
  const segments = decodedSegments(value);
  if (segments === null) return issueText('lessonIssue.path.percent');
  if (segments.some((segment) => segment === '..' || segment === '.')) return issueText('lessonIssue.path.dots');
  if (segments.includes('')) return issueText('lessonIssue.path.doubleSlash');
  const extension = /\.([a-z0-9]+)$/i.exec(value)?.[1]?.toLowerCase();
  if (extension === undefined || !extensions.includes(extension)) {
    return issueText('lessonIssue.path.extension', { extensions: extensions.map((e) => `.${e}`).join(', ') });
  }
  return null;
}

/** A zod string that must be a file of `kind` in public/; the message `base` starts every message. */
export const localAssetSchema = (kind: AssetKind, base: LessonIssueCode) =>
  z.string().superRefine((value, ctx) => {
    const problem = assetProblem(value, kind);
    if (problem !== null)
      ctx.addIssue({ code: 'custom', message: 'lessonIssue.asset', params: { base: issueText(base), detail: problem } });
  });

/**
 * The segments of a local path as the web server reads them (%-codes decoded), or null when a
 * segment cannot be decoded or would decode to a separator or control character.
 */
export function decodedSegments(value: string): string[] | null {
  const segments: string[] = [];
  for (const raw of value.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (/[/\\\u0000-\u001f\u007f]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Why a link target is not allowed, or null: links may go to https://, http://, mailto:, a path
 * (relative or starting with /) or a #anchor. Browsers ignore whitespace and control characters in
 * a scheme (`java script:`), so those are removed before looking at it.
 */
export function linkProblem(url: string): IssueText | null {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined || LINK_SCHEMES.has(scheme)) return null;
  return issueText('lessonIssue.link', { scheme });
}
