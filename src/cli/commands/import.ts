/**
 * `chiso import FILE [--json]`: reads a criteria set, a filled-in self-assessment/appraisal
 * table or a remediation table from .docx/.xlsx/.pdf/.txt/.tsv and prints what was recognised
 * (in Vietnamese) or the JSON other tools rely on. Exit 1 on an unreadable file, 0 otherwise
 * (findings are reported, not fatal: the point of importing is to see them).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importDocument, ImportError } from '../../import/index';
import type { ImportedNode, ImportResult } from '../../import/index';
import { DEFAULT_LIMITS } from '../../import/limits';
import type { Command } from '../command';

const KIND_VI: Record<ImportResult['kind'], string> = {
  framework: 'Bộ tiêu chí (có các mức điểm)',
  report: 'Bảng tự đánh giá / thẩm định',
  remediation: 'Bảng kế hoạch khắc phục',
};

const RUBRIC_VI: Record<string, string> = {
  levels: 'chọn mức',
  deadline: 'theo thời hạn',
  'percent-bands': 'theo tỷ lệ %',
  proportional: 'tỷ lệ thuận',
  deduction: 'trừ điểm theo lỗi',
  count: 'tính theo số lượng',
  checklist: 'danh mục nội dung',
  'share-of-max': 'tỷ lệ điểm tối đa',
  'yes-no': 'có / không',
  manual: 'chấm tay',
};

function vi(n: number | null): string {
  return n === null ? '–' : String(n).replace('.', ',');
}

function treeLines(nodes: ImportedNode[], depth: number, out: string[]): void {
  for (const n of nodes) {
    const figures = [`tối đa ${vi(n.max)}`];
    if (n.self !== null) figures.push(`tự chấm ${vi(n.self)}`);
    if (n.appraisal !== null) figures.push(`thẩm định ${vi(n.appraisal)}`);
    if (n.lost !== null) figures.push(`bị trừ ${vi(n.lost)}`);
    const rubric = n.rubric ? `  [${RUBRIC_VI[n.rubric.type] ?? n.rubric.type}]` : '';
    const refs = n.citations.length > 0 ? `  (${n.citations.length} văn bản)` : '';
    const name = n.name.length > 70 ? `${n.name.slice(0, 69)}…` : n.name;
    out.push(`${'  '.repeat(depth)}${n.code ?? '•'} ${name} — ${figures.join(', ')}${rubric}${refs}`);
    treeLines(n.children, depth + 1, out);
  }
}

export function summary(r: ImportResult): string {
  const out = [
    `Loại tài liệu: ${KIND_VI[r.kind]}`,
    `Tiêu đề: ${r.title ?? '(không rõ)'}`,
    `Đơn vị: ${r.unit ?? '(không rõ)'}    Năm: ${r.year ?? '(không rõ)'}`,
    `Tổng (cộng từ các tiêu chí lá): tối đa ${vi(r.totals.max)}, tự chấm ${vi(r.totals.self)}, thẩm định ${vi(r.totals.appraisal)}, bị trừ ${vi(r.totals.lost)}`,
    '',
  ];
  treeLines(r.nodes, 0, out);
  out.push('', r.findings.length === 0 ? 'Kiểm tra số liệu: không thấy sai lệch.' : `Kiểm tra số liệu: ${r.findings.length} phát hiện`);
  for (const f of r.findings) out.push(`  - [${f.rule}] ${f.message.vi}`);
  if (r.warnings.length > 0) {
    out.push('', `Cảnh báo khi đọc tệp: ${r.warnings.length}`);
    for (const w of r.warnings) out.push(`  - ${w.line !== null ? `dòng ${w.line}: ` : ''}${w.message.vi}`);
  }
  return out.join('\n');
}

export const importCommand: Command = {
  path: ['import'],
  summary: 'Import a criteria set or a filled-in table (.docx/.xlsx/.pdf/.txt/.tsv) / Nhập bộ tiêu chí hoặc bảng điểm từ tệp',
  usage: 'import FILE [--json]',
  async run(args: string[]): Promise<number> {
    const json = args.includes('--json');
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) {
      console.error('Thiếu tên tệp / missing FILE\nusage: chiso import FILE [--json]');
      return 2;
    }
    try {
      const info = await stat(file);
      if (info.size > DEFAULT_LIMITS.maxInputBytes) {
        // Refuse before reading a huge file into memory.
        throw new ImportError('too-large', `Tệp quá lớn (${Math.round(info.size / 2 ** 20)} MB)`, `The file is too large (${Math.round(info.size / 2 ** 20)} MB)`);
      }
      const bytes = new Uint8Array(await readFile(file));
      const result = await importDocument(bytes, basename(file));
      // `chiso import F --json | head` closes the pipe early: that is not an error.
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EPIPE') throw e;
      });
      process.stdout.write(`${json ? JSON.stringify(result, null, 2) : summary(result)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof ImportError) {
        console.error(`Lỗi: ${error.vi}\nError: ${error.en}`);
        return 1;
      }
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
        console.error(`Lỗi: không mở được tệp "${file}"\nError: cannot open "${file}" (${code})`);
        return 1;
      }
      throw error;
    }
  },
};
