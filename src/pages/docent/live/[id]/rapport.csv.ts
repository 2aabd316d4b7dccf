import type { APIRoute } from 'astro';
import { json } from '../../../../lessons/http.ts';
import { ownedSession } from '../../../../teacher/owned-session.ts';
import { reportCsv } from '../../../../teacher/report.ts';

const time = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });

/** Every answer of a session as CSV for Dutch Excel (UTF-8 with BOM, `;`). */
export const GET: APIRoute = async ({ params, cookies }) => {
  const owned = await ownedSession(cookies, params.id ?? '');
  if (!owned.ok) {
    return owned.status === 'login'
      ? json({ error: { code: 'not_logged_in', message: 'Log in als docent.' } }, 401)
      : json({ error: { code: 'session_not_found', message: 'Deze les bestaat niet of is niet van jou.' } }, 404);
  }
  const slug = owned.lesson.entry.id.split('/').at(-1) ?? 'les';
  const day = new Date(owned.createdAt).toISOString().slice(0, 10);
  return new Response(reportCsv(await owned.report(), (at) => time.format(at)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${slug}-${day}-${owned.code}.csv"`,
      'cache-control': 'no-store',
    },
  });
};
