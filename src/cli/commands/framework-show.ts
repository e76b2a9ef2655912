/**
 * `chiso framework show FILE [--lang en]`: prints the criteria tree — codes, names, maxima in
 * the reader's number format, each leaf's scoring rule — then the totals and the number of
 * leaves per top-level item. Exit 1 when the file is not a valid criteria set, 2 when unreadable.
 */
import type { Framework, FrameworkNode } from '../../core/framework';
import { formatPoints } from '../../core/points';
import type { Locale } from '../../core/points';
import { describeRubric } from '../../core/rubric/describe';
import { isLeaf, isRoman, leaves, leavesMax, topLevelMax } from '../../core/tree';
import { validateFramework } from '../../core/validate';
import type { Command } from '../command';
import { loadFrameworkFile, parseArgs, whereText } from './framework-file';

const USAGE = 'framework show FILE [--lang en]';

const T = {
  vi: {
    unitType: { department: 'sở, ban, ngành', commune: 'xã, phường', district: 'huyện', 'district-department': 'phòng chuyên môn cấp huyện' },
    na: { exclude: 'không phát sinh thì không chấm, loại khỏi điểm tối đa', full: 'không phát sinh thì được điểm tối đa', zero: 'không phát sinh thì 0 điểm' },
    max: 'tối đa', points: 'điểm', unit: 'Loại đơn vị', year: 'Năm', version: 'Phiên bản', naPolicy: 'Không phát sinh',
    bands: 'Xếp loại', from: 'từ', appraiser: 'chỉ người thẩm định chấm', survey: 'điều tra XHH', by: 'thẩm định', bonus: 'điểm cộng', penalty: 'điểm trừ',
    total: 'Tổng điểm tối đa', stated: 'văn bản ghi', leavesSum: 'cộng từ các tiêu chí lá', leafCount: 'Số tiêu chí lá', leavesWord: 'tiêu chí lá',
    repairs: 'Số chỗ đã sửa so với văn bản gốc', findings: (e: number, w: number) => `Kiểm tra: ${e} lỗi, ${w} cảnh báo (xem: chiso framework validate)`,
  },
  en: {
    unitType: { department: 'provincial departments', commune: 'communes and wards', district: 'districts', 'district-department': 'district departments' },
    na: { exclude: 'not applicable items are excluded from the max', full: 'not applicable items get full marks', zero: 'not applicable items get 0' },
    max: 'max', points: 'points', unit: 'Unit type', year: 'Year', version: 'Version', naPolicy: 'Not applicable',
    bands: 'Classification', from: 'from', appraiser: 'scored by the appraiser only', survey: 'survey', by: 'appraised by', bonus: 'bonus', penalty: 'penalty',
    total: 'Total max', stated: 'stated', leavesSum: 'sum of the leaves', leafCount: 'Leaves', leavesWord: 'leaves',
    repairs: 'Repairs made to the source document', findings: (e: number, w: number) => `Checks: ${e} error(s), ${w} warning(s) (see: chiso framework validate)`,
  },
} as const;

function nodeLines(node: FrameworkNode, depth: number, lang: Locale, out: string[]): void {
  const t = T[lang];
  const indent = '  '.repeat(depth);
  const name = lang === 'en' && node.nameEn ? node.nameEn : node.name;
  const tags: string[] = [];
  if (node.kind === 'bonus') tags.push(t.bonus);
  if (node.kind === 'penalty') tags.push(t.penalty);
  if (node.scoredBy === 'appraiser') tags.push(t.appraiser);
  if (node.scoredBy === 'survey') tags.push(t.survey);
  if (node.appraisingDepartment) tags.push(`${t.by}: ${node.appraisingDepartment}`);
  const tagText = tags.length > 0 ? `  [${tags.join('; ')}]` : '';
  out.push(`${indent}${node.code ?? '•'} ${name} — ${t.max} ${formatPoints(node.max, lang)}${tagText}`);
  if (isLeaf(node) && node.rubric) {
    for (const line of describeRubric(node.rubric, node.max, lang)) out.push(`${indent}    · ${line}`);
  }
  for (const child of node.children) nodeLines(child, depth + 1, lang, out);
}

export function showFramework(fw: Framework, lang: Locale): string {
  const t = T[lang];
  const pct = (h: number) => formatPoints((h * 100) as never, lang);
  const out = [
    fw.name,
    `${t.unit}: ${t.unitType[fw.unitType]}    ${t.year}: ${fw.year}    ${t.version}: ${fw.version}`,
    `${t.naPolicy}: ${t.na[fw.naPolicy]}`,
  ];
  if (fw.bands.length > 0) {
    const bands = [...fw.bands].sort((a, b) => b.minIndex - a.minIndex);
    out.push(`${t.bands}: ${bands.map((b) => `${b.label[lang]} ${t.from} ${pct(b.minIndex)}%`).join('; ')}`);
  }
  out.push('');
  for (const node of fw.nodes) nodeLines(node, 0, lang, out);
  out.push('');
  const stated = fw.statedMax === undefined ? '' : `${t.stated} ${formatPoints(fw.statedMax, lang)}; `;
  out.push(`${t.total}: ${formatPoints(topLevelMax(fw.nodes), lang)} (${stated}${t.leavesSum} ${formatPoints(leavesMax(fw.nodes), lang)})`);
  out.push(`${t.leafCount}: ${leaves(fw.nodes).length}`);
  // Per field: the top-level nodes, or — when the top level is parts (I, II, III) — their children too.
  const count = (node: FrameworkNode, indent: string) => {
    const name = lang === 'en' && node.nameEn ? node.nameEn : node.name;
    out.push(`${indent}${node.code ?? '•'} ${name}: ${leaves([node]).length} ${t.leavesWord}, ${formatPoints(node.max, lang)} ${t.points}`);
  };
  for (const node of fw.nodes) {
    count(node, '  ');
    if (node.code !== null && isRoman(node.code)) for (const field of node.children) count(field, '    ');
  }
  if (fw.repairs && fw.repairs.length > 0) out.push(`${t.repairs}: ${fw.repairs.length}`);
  const findings = validateFramework(fw);
  const errors = findings.filter((f) => f.severity === 'error').length;
  out.push(t.findings(errors, findings.length - errors));
  return out.join('\n');
}

export const frameworkShowCommand: Command = {
  path: ['framework', 'show'],
  summary: 'Print a criteria set as a tree / In cây bộ tiêu chí với điểm tối đa và cách tính điểm',
  usage: USAGE,
  async run(args) {
    const a = parseArgs(args, [], ['--lang']);
    const lang = a.options.get('--lang') ?? 'vi';
    if (a.file === undefined || a.unknown.length > 0 || (lang !== 'vi' && lang !== 'en')) {
      console.error(`Cách dùng / usage: chiso ${USAGE}`);
      return 2;
    }
    const loaded = await loadFrameworkFile(a.file);
    if (loaded.status === 'unreadable') {
      console.error(`${loaded.message.vi}\n${loaded.message.en}`);
      return 2;
    }
    if (loaded.status === 'invalid') {
      const lines = [`${a.file}: tệp không đúng định dạng bộ tiêu chí / not a valid criteria-set file`];
      for (const e of loaded.errors) {
        const where = whereText(e);
        lines.push(`LỖI / ERROR ${where.vi}: ${e.message.vi}`, `    ${where.en}: ${e.message.en}`);
      }
      console.error(lines.join('\n'));
      return 1;
    }
    console.log(showFramework(loaded.framework, lang));
    return 0;
  },
};
