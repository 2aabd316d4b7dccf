import { parseArgs } from 'node:util';
import type { SessionState } from '../../src/shared/session/state.ts';
import { createTeacherAccount, newTeacherSchema } from '../teacher/accounts.ts';
import { openStoreFromEnv } from '../storage/index.ts';

const MESSAGES: Record<string, string> = {
  email: 'geef een geldig e-mailadres met --email',
  name: 'geef een naam met --name (hoogstens 80 tekens)',
  password: 'geef een wachtwoord van minstens 10 tekens met --password',
};

/** `npm run teacher:add -- --email E --name N --password P`: adds a teacher account to DATA_DIR's store. */
async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nGebruik: npm run teacher:add -- --email E --name N --password P`);
    return 2;
  }
  const parsed = newTeacherSchema.safeParse(values);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    console.error(`Docent niet aangemaakt: ${fields.map((field) => MESSAGES[field] ?? field).join('; ')}.`);
    return 2;
  }
  const store = await openStoreFromEnv<SessionState>();
  try {
    const created = await createTeacherAccount(store, parsed.data);
    if (!created.ok) {
      console.error(`Docent niet aangemaakt: er is al een account met ${parsed.data.email}.`);
      return 1;
    }
    console.log(`Docent aangemaakt: ${created.teacher.name} <${created.teacher.email}>`);
    return 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
