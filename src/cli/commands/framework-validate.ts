/**
 * `chiso framework validate FILE [--json]`: checks a criteria-set file (YAML or JSON) and
 * prints every problem — file errors with their path and line, then the validator's findings —
 * in Vietnamese and English. Exit 0 = no errors (warnings allowed), 1 = errors, 2 = the file
 * could not be read or the command was misused.
 */
import type { Finding } from '../../core/findings';
import { validateFramework } from '../../core/validate';
import type { Command } from '../command';
import { loadFrameworkFile, parseArgs, whereText } from './framework-file';

const USAGE = 'framework validate FILE [--json]';

function findingLines(f: Finding): string[] {
  const mark = f.severity === 'error' ? 'LỖI / ERROR' : 'CẢNH BÁO / WARNING';
  return [`${mark} [${f.rule}] ${f.message.vi}`, `    ${f.message.en}`];
}

export const frameworkValidateCommand: Command = {
  path: ['framework', 'validate'],
  summary: 'Check a criteria-set file / Kiểm tra tệp bộ tiêu chí (tổng điểm, mã, các mức)',
  usage: USAGE,
  async run(args) {
    const a = parseArgs(args, ['--json'], []);
    if (a.file === undefined || a.unknown.length > 0) {
      console.error(`Cách dùng / usage: chiso ${USAGE}${a.unknown.length > 0 ? `\nTham số không hiểu / unknown argument: ${a.unknown.join(' ')}` : ''}`);
      return 2;
    }
    const json = a.flags.has('--json');
    const loaded = await loadFrameworkFile(a.file);
    if (loaded.status === 'unreadable') {
      if (json) console.log(JSON.stringify({ file: a.file, ok: false, readable: false, message: loaded.message }, null, 2));
      else console.error(`${loaded.message.vi}\n${loaded.message.en}`);
      return 2;
    }
    if (loaded.status === 'invalid') {
      if (json) {
        console.log(JSON.stringify({ file: a.file, ok: false, errors: loaded.errors.length, warnings: 0, parseErrors: loaded.errors, findings: [] }, null, 2));
      } else {
        const lines = [`${a.file}: tệp không đúng định dạng bộ tiêu chí (${loaded.errors.length} lỗi) / not a valid criteria-set file (${loaded.errors.length} error(s))`];
        for (const e of loaded.errors) {
          const where = whereText(e);
          lines.push(`LỖI / ERROR ${where.vi}: ${e.message.vi}`, `    ${where.en}: ${e.message.en}`);
        }
        console.log(lines.join('\n'));
      }
      return 1;
    }
    const findings = validateFramework(loaded.framework);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    if (json) {
      console.log(JSON.stringify({ file: a.file, ok: errors === 0, errors, warnings, findings }, null, 2));
    } else {
      const lines = findings.flatMap(findingLines);
      lines.push(
        errors === 0
          ? `${a.file}: hợp lệ (${warnings} cảnh báo) / valid (${warnings} warning(s))`
          : `${a.file}: ${errors} lỗi, ${warnings} cảnh báo / ${errors} error(s), ${warnings} warning(s)`,
      );
      console.log(lines.join('\n'));
    }
    return errors === 0 ? 0 : 1;
  },
};
