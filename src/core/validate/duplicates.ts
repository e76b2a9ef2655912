import type { Finding } from '../findings';
import type { CodedNode, Visit } from '../tree';

/**
 * `duplicate-code`: two rows with the same qualified code (codes restart in every part, so
 * I.1 and II.1 are different rows, but two "1.2" under the same field are not), and — for
 * frameworks — two nodes with the same id.
 */
export function duplicateCodes<T extends CodedNode<T>>(visits: readonly Visit<T>[], idOf?: (v: Visit<T>) => string): Finding[] {
  const findings: Finding[] = [];
  const byCode = new Map<string, number>();
  const reported = new Set<Visit<T>>();
  for (const v of visits) {
    if (v.node.code === null || v.node.code.trim() === '') continue;
    const count = (byCode.get(v.qualified) ?? 0) + 1;
    byCode.set(v.qualified, count);
    if (count < 2) continue;
    reported.add(v);
    findings.push({
      rule: 'duplicate-code',
      code: v.node.code,
      nodeId: idOf ? idOf(v) : v.qualified,
      stated: String(count),
      computed: '1',
      severity: 'error',
      message: {
        vi: `Mã ${v.qualified} xuất hiện lần thứ ${count}; mỗi mã chỉ được dùng một lần`,
        en: `Code ${v.qualified} occurs for the ${ordinal(count)} time; each code may be used once`,
      },
    });
  }
  if (!idOf) return findings;
  const byId = new Map<string, number>();
  for (const v of visits) {
    const id = idOf(v);
    const count = (byId.get(id) ?? 0) + 1;
    byId.set(id, count);
    if (count < 2 || reported.has(v)) continue;
    findings.push({
      rule: 'duplicate-code',
      code: v.node.code,
      nodeId: id,
      stated: String(count),
      computed: '1',
      severity: 'error',
      message: { vi: `Mã định danh (id) "${id}" bị trùng`, en: `Duplicate id "${id}"` },
    });
  }
  return findings;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
