import { describe, expect, it } from 'vitest';
import { AppError, conflict } from '../features/common/errors';
import { errorText } from './error-text';

describe('errorText', () => {
  it('prints a service error in Vietnamese and English, with its details', () => {
    expect(errorText(conflict('Tên đăng nhập "thu" đã tồn tại', 'Username "thu" already exists', 'username'))).toBe(
      'Tên đăng nhập "thu" đã tồn tại / Username "thu" already exists',
    );
    const invalid = new AppError('validation', { vi: 'Dữ liệu không hợp lệ', en: 'Invalid data' }, undefined, [
      { field: 'email', message: { vi: 'sai định dạng', en: 'invalid format' } },
    ]);
    expect(errorText(invalid)).toBe('Dữ liệu không hợp lệ / Invalid data\n  email: sai định dạng / invalid format');
  });

  it('prints other errors as they are', () => {
    expect(errorText(new Error('ENOENT: no such file'))).toBe('ENOENT: no such file');
    expect(errorText('plain')).toBe('plain');
  });
});
