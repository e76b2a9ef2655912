import { describe, it, expect, beforeAll, vi } from 'vitest';
import { frameworkValidateCommand } from '../../src/cli/commands/framework-validate';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the real `chiso` entry point, as a user would. Each spawn loads every command through
 * tsx (seconds on a busy machine), so the cases below share spawns where they can.
 */
function chiso(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/chiso.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BUNDLED = 'frameworks/department-2023.yaml';
const PUBLISHED = 'test/fixtures/frameworks/department-2023-as-published.yaml';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chiso-fw-'));
});

describe('chiso framework validate', () => {
  it('passes the bundled set: exit 0', () => {
    const r = chiso('framework', 'validate', BUNDLED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hợp lệ (0 cảnh báo) / valid (0 warning(s))');
  });

  it('reports the published numbers in Vietnamese then English: exit 1', () => {
    const r = chiso('framework', 'validate', PUBLISHED);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('Mục II.6: điểm tối đa ghi 25 nhưng tổng các tiêu chí con là 23'));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(lines[i]).toMatch(/^LỖI \/ ERROR \[sum-mismatch\]/);
    expect(lines[i + 1]).toContain('Item II.6: stated max is 25 but its sub-criteria add up to 23');
    expect(r.stdout).toContain('Tổng điểm tối đa ghi 100 nhưng tổng các mục cấp cao nhất là 97');
    expect(r.stdout).toContain('16 lỗi, 0 cảnh báo / 16 error(s), 0 warning(s)');
    expect(r.stderr).toBe('');
  });

  it('--json gives counts and findings', () => {
    const r = chiso('framework', 'validate', PUBLISHED, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { file: string; ok: boolean; errors: number; warnings: number; findings: { rule: string; nodeId?: string }[] };
    expect(out).toMatchObject({ file: PUBLISHED, ok: false, errors: 16, warnings: 0 });
    expect(out.findings.filter((f) => f.rule === 'sum-mismatch').map((f) => f.nodeId)).toEqual(['II', 'II.6']);
  });

  it('names path and line of file errors, without a stack trace: exit 1', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'formatVersion: 1\nid: x\nname: X\nunitType: commune\nyear: 2024\nversion: 1\nnaPolicy: exclude\nbands: []\nnodes:\n  - code: "1"\n    name: A\n    max: "hai"\n');
    const r = chiso('framework', 'validate', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nodes[0].max, dòng 12: "hai" không phải là số điểm');
    expect(r.stdout).toContain('nodes[0].max, line 12: "hai" is not a number of points');
    expect(r.stdout + r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('an unreadable file or a missing argument: exit 2 with a clear message', () => {
    const missing = chiso('framework', 'validate', join(dir, 'khong-co.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không đọc được tệp');
    expect(missing.stderr).toContain('no such file');
    const usage = chiso('framework', 'validate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('chiso framework validate FILE [--json]');
  });
});

describe('chiso framework show', () => {
  it('prints the tree with codes, Vietnamese numbers, rubrics and totals', () => {
    const r = chiso('framework', 'show', BUNDLED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('II KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CỤ THỂ CỦA CÔNG TÁC CCHC — tối đa 76');
    expect(r.stdout).toContain('      6.5.1 Tỷ lệ trao đổi văn bản điện tử trên môi trường mạng — tối đa 1,5');
    expect(r.stdout).toMatch(/· Từ 95% - dưới 100% {2}hồ sơ TTHC được giải quyết đúng hạn và trước hạn \(từ 95% đến dưới 100%\): 3 điểm/);
    expect(r.stdout).toContain('Tổng điểm tối đa: 100 (văn bản ghi 100; cộng từ các tiêu chí lá 100)');
    expect(r.stdout).toContain('I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC: 11 tiêu chí lá, 22 điểm');
    expect(r.stdout).toContain('II KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG CỤ THỂ CỦA CÔNG TÁC CCHC: 40 tiêu chí lá, 76 điểm');
    expect(r.stdout).toContain('    6 Xây dựng và phát triển chính quyền điện tử, chính quyền số: 12 tiêu chí lá, 23 điểm');
  });

  it('--lang en uses English names, numbers and rubric wording', () => {
    const r = chiso('framework', 'show', BUNDLED, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('      6.5.1 Tỷ lệ trao đổi văn bản điện tử trên môi trường mạng — max 1.5');
    expect(r.stdout).toContain('Total max: 100 (stated 100; sum of the leaves 100)');
    expect(r.stdout).toContain('(1 to 9 days late): 1 point');
  });

  it('shows the as-published set with its sums and the error count', () => {
    const r = chiso('framework', 'show', PUBLISHED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tổng điểm tối đa: 97 (văn bản ghi 100; cộng từ các tiêu chí lá 100)');
    expect(r.stdout).toContain('Kiểm tra: 16 lỗi, 0 cảnh báo');
  });

  it('refuses bad files and bad options', () => {
    expect(chiso('framework', 'show', BUNDLED, '--lang', 'fr').code).toBe(2);
    const file = join(dir, 'not-a-set.json');
    writeFileSync(file, '{"formatVersion": 1}');
    const r = chiso('framework', 'show', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('name, dòng 1: Thiếu trường bắt buộc');
  });
});

describe('framework validate, called in-process (cheap cases)', () => {
  async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    try {
      const code = await frameworkValidateCommand.run(args);
      return { code, out: out.join('\n'), err: err.join('\n') };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  }

  it('--json lists file errors with path and line', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "formatVersion": 1,\n  "id": "x", "name": "X", "unitType": "xa", "year": 2024, "version": "1",\n  "naPolicy": "exclude", "bands": [], "nodes": [{ "name": "A", "max": "1,2,3" }]\n}\n');
    const r = await run(file, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { ok: boolean; errors: number; parseErrors: { path: string; line: number }[] };
    expect(json.ok).toBe(false);
    expect(json.parseErrors.map((e) => [e.path, e.line])).toEqual([['unitType', 3], ['nodes[0].max', 4]]);
    expect(json.errors).toBe(2);
  });

  it('--json on the bundled set: ok, no findings', async () => {
    const r = await run(BUNDLED, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ file: BUNDLED, ok: true, errors: 0, warnings: 0, findings: [] });
  });

  it('a directory is unreadable: exit 2', async () => {
    const r = await run(dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('đây là thư mục, không phải tệp');
    expect(r.err).toContain('it is a directory, not a file');
  });

  it('warnings alone exit 0', async () => {
    const file = join(dir, 'warn.yaml');
    writeFileSync(file, 'formatVersion: 1\nid: w\nname: W\nunitType: commune\nyear: 2024\nversion: 1\nnaPolicy: zero\nbands: []\nnodes:\n  - { code: "1", name: Chưa có cách tính điểm, max: 1 }\n');
    const r = await run(file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('CẢNH BÁO / WARNING [invalid-value] Mục 1: đơn vị tự chấm nhưng chưa có cách tính điểm');
    expect(r.out).toContain('hợp lệ (1 cảnh báo)');
  });
});
