import { z } from 'zod';
import { id, locale, role } from './common';

export const scopes = z.strictObject({
  /** Field codes of the criteria tree the appraiser may appraise ("1", "II"…); empty = none. */
  fields: z.array(z.string().min(1).max(50)).max(100),
  unitIds: z.array(id).max(5000),
});
export type Scopes = z.infer<typeof scopes>;

export const user = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role,
  unitId: id.nullable(),
  unitName: z.string().nullable(),
  locale,
  active: z.boolean(),
  scopes: scopes.optional(),
  /** Where reminders are e-mailed (when the server has SMTP); null = in-app only. */
  email: z.string().nullable(),
});
export type User = z.infer<typeof user>;

export const sessionInfo = z.object({ user: user.nullable(), csrfToken: z.string().nullable() });
export type SessionInfo = z.infer<typeof sessionInfo>;

export const loginRequest = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const loginResponse = z.object({ user, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;

/** An e-mail address; the message names the expected shape (vi and en alike). */
export const emailAddress = z.email({ error: 'name@example.gov.vn' }).max(254);

/** Passwords: at least 8 characters; long passphrases welcome. */
export const newPassword = z.string().min(8).max(1000);

export const changeOwnPassword = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword,
});
export type ChangeOwnPassword = z.infer<typeof changeOwnPassword>;

/** Own preferences: language, and one's own e-mail address (null clears it). */
export const patchMe = z.strictObject({ locale: locale.optional(), email: emailAddress.nullable().optional() });
export type PatchMe = z.infer<typeof patchMe>;
