import { hashToken } from '../auth/tokens.ts';
import { isKnownDevice, rememberDevice, teacherAccount } from '../auth/known-device.ts';
import type { AttemptLimiter } from '../live/rate-limit.ts';
import type { AppServices } from '../services.ts';
import { normaliseEmail } from '../storage/context.ts';
import type { Teacher } from '../storage/index.ts';
import { checkLogin } from './accounts.ts';

export type TeacherLoginResult =
  { ok: true; teacher: Teacher; deviceToken: string } | { ok: false; code: 'wrong_login' | 'too_many_attempts' };

export interface TeacherLoginInput {
  email: string;
  password: string;
  /** The client's address (see `clientAddress`). */
  address: string;
  /** The browser's known-device token (`lp_device`), or null. */
  deviceToken: string | null;
}

/**
 * Checks a teacher's login under the limits. Only failures cost attempts, so a morning of right
 * logins behind one school address never runs out. A browser that logged in to the account before
 * has a bucket of its own (per account and device), so wrong tries by others, from the same network
 * or against the same email, do not lock it out; any other browser is limited per address and per
 * account. The caller signs the teacher in and stores `deviceToken` in the browser.
 */
export async function logInTeacher(
  services: Pick<AppServices, 'store' | 'clock' | 'limits'>,
  input: TeacherLoginInput,
): Promise<TeacherLoginResult> {
  const { store, clock, limits } = services;
  const account = normaliseEmail(input.email);
  const owner = await store.findTeacherByEmail(account);
  const known = owner !== null && (await isKnownDevice(store, input.deviceToken, teacherAccount(owner.id), clock()));
  const buckets: [AttemptLimiter, string][] = known
    ? [[limits.teacherAccount, `${account}|device:${hashToken(input.deviceToken ?? '')}`]]
    : [
        [limits.teacherLogin, input.address],
        [limits.teacherAccount, account],
      ];
  for (const [limiter, key] of buckets) if (!(await limiter.allows(key))) return { ok: false, code: 'too_many_attempts' };
  const teacher = await checkLogin(store, account, input.password);
  if (!teacher) {
    for (const [limiter, key] of buckets) await limiter.take(key);
    return { ok: false, code: 'wrong_login' };
  }
  return { ok: true, teacher, deviceToken: await rememberDevice(store, input.deviceToken, teacherAccount(teacher.id), clock()) };
}
