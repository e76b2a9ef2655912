import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/chiso.mjs');
const FIXTURE = join(ROOT, 'test/fixtures/import/000_3bb45e3d2fab2e34.txt');

describe('chiso import', () => {
  it('prints a Vietnamese summary', () => {
    const out = execFileSync('node', [BIN, 'import', FIXTURE], { encoding: 'utf8' });
    expect(out).toContain('Loại tài liệu: Bảng tự đánh giá / thẩm định');
    expect(out).toContain('1 CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC — tối đa 16, tự chấm 15');
    expect(out).toContain('Kiểm tra số liệu: không thấy sai lệch.');
  });

  it('prints the JSON with --json', () => {
    const out = execFileSync('node', [BIN, 'import', FIXTURE, '--json'], { encoding: 'utf8' });
    const json = JSON.parse(out) as { kind: string; totals: unknown; nodes: unknown[] };
    expect(json.kind).toBe('report');
    expect(json.totals).toEqual({ max: 100, self: 93, appraisal: null, lost: null });
    expect(json.nodes).toHaveLength(7);
  });

  it('exits 1 with a bilingual message on an unreadable file', () => {
    const r = spawnSync('node', [BIN, 'import', join(ROOT, 'package.json.missing')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Lỗi: không mở được tệp');
    expect(r.stderr).toContain('Error: cannot open');
    const bad = spawnSync('node', [BIN, 'import', join(ROOT, 'bin/chiso.mjs')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Lỗi: .+\nError: .+/);
  });
});
