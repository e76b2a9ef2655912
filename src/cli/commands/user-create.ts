import type { Command } from '../command';
import { ROLES } from '../../shared/api/common';
import { createUser } from '../../shared/api/users';
import { UsersService } from '../../features/users/service';
import { withDatabase } from '../database';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export const userCreateCommand: Command = {
  path: ['user', 'create'],
  summary: 'Create an account (e.g. a second administrator) / Tạo tài khoản',
  usage: `user create --username NAME --role ROLE [--name "Display name"] [--unit UNIT_ID] [--email ADDRESS]   (password from CHISO_NEW_PASSWORD; roles: ${ROLES.join(', ')})`,
  async run(args: string[]): Promise<number> {
    const parsed = createUser.safeParse({
      username: option(args, 'username'),
      role: option(args, 'role'),
      displayName: option(args, 'name') ?? option(args, 'username'),
      unitId: option(args, 'unit') ?? null,
      email: option(args, 'email')?.trim() ?? null,
      // From the environment, so the password does not land in the shell history.
      password: process.env.CHISO_NEW_PASSWORD,
    });
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const what = i.path.join('.') === 'password' ? 'CHISO_NEW_PASSWORD' : `--${i.path.join('.')}`;
        // A format issue carries only the expected shape ("name@example.gov.vn"): say what it is.
        console.error(`${what}: ${i.code === 'invalid_format' ? `sai định dạng / invalid format (${i.message})` : i.message}`);
      }
      return 2;
    }
    const data = parsed.data;
    return withDatabase(async ({ db }) => {
      const user = await new UsersService(db).create(null, data);
      console.log(`Đã tạo tài khoản / created ${user.username} (${user.role})`);
      return 0;
    });
  },
};
