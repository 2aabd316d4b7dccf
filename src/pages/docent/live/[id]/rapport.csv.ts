import type { APIRoute } from 'astro';
import { json } from '../../../../lessons/http.ts';
import { ownedSession } from '../../../../../server/teacher/owned-session.ts';
import { translator } from '../../../../i18n/index.ts';
import { excelDateTime } from '../../../../shared/report/csv.ts';
import { reportCsv } from '../../../../../server/teacher/report-csv.ts';

/** Every answer of a session as CSV for Dutch Excel (UTF-8 with BOM, `;`), in the reader's language. */
export const GET: APIRoute = async ({ params, cookies, locals }) => {
  const owned = await ownedSession(locals.services, cookies, params.id ?? '');
  if (!owned.ok) {
    return owned.status === 'login'
      ? json({ error: { code: 'not_logged_in', message: 'Log in als docent.' } }, 401)
      : json({ error: { code: 'session_not_found', message: 'Deze les bestaat niet of is niet van jou.' } }, 404);
  }
  const slug = owned.lesson.slug.split('/').at(-1) ?? 'les';
  const day = new Date(owned.createdAt).toISOString().slice(0, 10);
  const t = translator(locals.lang);
  return new Response(reportCsv(await owned.report(t), t, excelDateTime), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${slug}-${day}-${owned.code}.csv"`,
      'cache-control': 'no-store',
    },
  });
};
