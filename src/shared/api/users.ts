import { z } from 'zod';
import { id, role } from './common';
import { emailAddress, newPassword, scopes, user } from './session';

export const username = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'a-z 0-9 . _ -');

export const createUser = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(200),
  role,
  unitId: id.nullable().optional(),
  password: newPassword,
  scopes: scopes.optional(),
  /** For reminders by e-mail; null or absent = none. */
  email: emailAddress.nullable().optional(),
});
export type CreateUser = z.infer<typeof createUser>;

export const patchUser = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  role: role.optional(),
  unitId: id.nullable().optional(),
  active: z.boolean().optional(),
  scopes: scopes.optional(),
  /** null clears the address. */
  email: emailAddress.nullable().optional(),
});
export type PatchUser = z.infer<typeof patchUser>;

export const resetPassword = z.strictObject({ password: newPassword });
export type ResetPassword = z.infer<typeof resetPassword>;

export const userList = z.array(user);
