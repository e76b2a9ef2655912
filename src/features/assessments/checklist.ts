// The pre-submit checklist: what must be fixed (errors) and what the leader should confirm
// (warnings) before the report leaves the unit.
import type { ChecklistEntry, Item } from '../../shared/api/assessments';
import type { PreparedFramework } from './prepared';

function entry(code: string, severity: ChecklistEntry['severity'], nodeIds: string[], vi: string, en: string, okVi: string, okEn: string): ChecklistEntry {
  const ok = nodeIds.length === 0;
  return { code, ok, severity, message: ok ? { vi: okVi, en: okEn } : { vi, en }, nodeIds };
}

/** "1 criterion has" / "3 criteria have": the English count agrees with its verb. */
function criteria(n: number, one: string, many: string): string {
  return n === 1 ? `1 criterion ${one}` : `${n} criteria ${many}`;
}

export function buildChecklist(prepared: PreparedFramework, items: readonly Item[]): ChecklistEntry[] {
  const unitItems = items.filter((i) => prepared.leaves.get(i.nodeId)?.scoredBy === 'unit');
  const codeOf = (id: string) => prepared.leaves.get(id)?.node.code ?? id;
  const list = (ids: string[]) => ids.slice(0, 10).map(codeOf).join(', ') + (ids.length > 10 ? ', …' : '');

  const unanswered = unitItems.filter((i) => i.na === null && i.points === null && i.errors.length === 0).map((i) => i.nodeId);
  const withErrors = unitItems.filter((i) => i.na === null && i.errors.length > 0).map((i) => i.nodeId);
  const bare = unitItems.filter((i) => i.na === null && i.points !== null && i.evidenceIds.length === 0 && i.note.trim() === '').map((i) => i.nodeId);
  const dated = items.filter((i) => i.flags.some((f) => f.code === 'evidence-outside-window' || f.code === 'evidence-after-deadline')).map((i) => i.nodeId);
  const flagged = items.filter((i) => i.flagged).map((i) => i.nodeId);

  return [
    entry('unanswered', 'error', unanswered, `${unanswered.length} tiêu chí chưa chấm điểm: ${list(unanswered)}`, `${criteria(unanswered.length, 'is', 'are')} not scored: ${list(unanswered)}`, 'Đã chấm điểm tất cả tiêu chí', 'Every criterion is scored'),
    entry('input-errors', 'error', withErrors, `${withErrors.length} tiêu chí có số liệu không hợp lệ: ${list(withErrors)}`, `${criteria(withErrors.length, 'has', 'have')} invalid input: ${list(withErrors)}`, 'Không có số liệu sai', 'No invalid input'),
    entry(
      'no-evidence-no-explanation',
      'warning',
      bare,
      `${bare.length} tiêu chí không có tài liệu kiểm chứng và không có giải trình: ${list(bare)}`,
      `${criteria(bare.length, 'has', 'have')} neither evidence nor an explanation: ${list(bare)}`,
      'Mọi tiêu chí đều có tài liệu kiểm chứng hoặc giải trình',
      'Every criterion has evidence or an explanation',
    ),
    entry('evidence-dates', 'warning', dated, `${dated.length} tiêu chí có tài liệu ngoài thời gian số liệu hoặc sau hạn: ${list(dated)}`, `${criteria(dated.length, 'cites', 'cite')} documents outside the data window or after the deadline: ${list(dated)}`, 'Ngày của tài liệu kiểm chứng hợp lệ', 'Evidence dates are within the window'),
    entry('flagged', 'warning', flagged, `${flagged.length} tiêu chí đang được đánh dấu cần xem lại: ${list(flagged)}`, `${criteria(flagged.length, 'is', 'are')} marked for review: ${list(flagged)}`, 'Không có tiêu chí đánh dấu cần xem lại', 'No criterion marked for review'),
  ];
}
