import type { Finding } from '../findings';
import type { Framework, FrameworkNode } from '../framework';
import { toDecimalString } from '../points';
import { answerKey, groupKey, percentText, type SurveySettings } from '../survey/settings';
import type { Bilingual } from '../text';
import { rowLabel, walkAll } from '../tree';
import { itemName } from './describe';

/**
 * Checks the survey conversion of a criteria set (its `survey:` and every node's override):
 * at least two answers, unique answer labels and group names, shares within 0–100 % in
 * hundredths, positive weights and step, a best answer worth 100 % unless a `note` explains
 * why not, and overrides only where survey scores are used. Findings carry the node's id
 * (none for the set's own settings).
 */
export function surveyFindings(fw: Framework): Finding[] {
  const findings: Finding[] = [];
  if (fw.survey) findings.push(...settingsFindings(fw.survey, null, { vi: 'Quy tắc điều tra xã hội học của bộ tiêu chí', en: "The set's survey rule" }));
  for (const v of walkAll(fw.nodes)) {
    const s = v.node.survey;
    if (!s) continue;
    const name = itemName(rowLabel(v));
    const where = { vi: `${name.vi}, quy tắc điều tra xã hội học`, en: `${name.en}, survey rule` };
    findings.push(...settingsFindings(s, v.node, where));
    if (v.node.children.length > 0 || v.node.scoredBy !== 'survey') {
      findings.push({
        rule: 'invalid-value',
        code: v.node.code,
        nodeId: v.node.id,
        severity: 'warning',
        message: {
          vi: `${name.vi}: có quy tắc điều tra xã hội học nhưng không phải tiêu chí lá chấm bằng điều tra (scoredBy: survey); quy tắc này bị bỏ qua`,
          en: `${name.en}: has a survey rule but is not a survey-scored leaf (scoredBy: survey); the rule is ignored`,
        },
      });
    }
  }
  return findings;
}

function settingsFindings(s: SurveySettings, node: FrameworkNode | null, where: Bilingual): Finding[] {
  const out: Finding[] = [];
  const push = (rule: Finding['rule'], severity: Finding['severity'], vi: string, en: string, stated: string | null = null, computed: string | null = null) =>
    out.push({ rule, code: node?.code ?? null, ...(node && { nodeId: node.id }), severity, stated, computed, message: { vi: `${where.vi}: ${vi}`, en: `${where.en}: ${en}` } });

  if (s.answers) {
    const answers = s.answers;
    if (answers.length < 2) {
      push('survey-too-few-answers', 'error', `cần ít nhất 2 phương án trả lời, hiện có ${answers.length}`, `needs at least 2 answers, has ${answers.length}`, String(answers.length), '2');
    }
    const seen = new Map<string, string>();
    for (const a of answers) {
      const key = answerKey(a.answer);
      if (key === '') push('invalid-value', 'error', 'có phương án không có nhãn', 'an answer has no label');
      const first = seen.get(key);
      if (first !== undefined) push('survey-duplicate-answer', 'error', `phương án "${a.answer}" bị trùng với "${first}"`, `answer "${a.answer}" repeats "${first}"`, a.answer);
      else seen.set(key, a.answer);
      if (!Number.isSafeInteger(a.share) || a.share < 0 || a.share > 10_000) {
        push('invalid-value', 'error', `tỷ lệ của phương án "${a.answer}" (${a.share / 100}%) phải là số phần trăm từ 0 đến 100, tối đa 2 chữ số thập phân`, `the share of answer "${a.answer}" (${a.share / 100}%) must be a percentage from 0 to 100 with at most 2 decimals`, String(a.share / 100));
      }
    }
    const valid = answers.filter((a) => Number.isSafeInteger(a.share) && a.share >= 0 && a.share <= 10_000);
    const best = valid.reduce((m, a) => Math.max(m, a.share), -1);
    if (answers.length >= 2 && best >= 0 && best < 10_000 && (s.note ?? '').trim() === '') {
      const [vi, en] = [percentText(best, 'vi'), percentText(best, 'en')];
      push(
        'survey-best-below-full',
        'error',
        `phương án tốt nhất chỉ được ${vi}% nên không đơn vị nào đạt đủ điểm tối đa; đặt phương án tốt nhất là 100% hoặc ghi lý do vào "note"`,
        `the best answer is worth only ${en}%, so no unit can reach the maximum; make the best answer 100% or give the reason in "note"`,
        en,
        '100',
      );
    }
  }
  if (s.groups) {
    const seen = new Set<string>();
    for (const g of s.groups) {
      const key = groupKey(g.name);
      if (seen.has(key)) push('survey-duplicate-answer', 'error', `nhóm đối tượng "${g.name}" bị trùng`, `respondent group "${g.name}" appears twice`, g.name);
      seen.add(key);
      if (g.weight !== undefined && (!Number.isSafeInteger(g.weight) || g.weight <= 0)) {
        push('invalid-value', 'error', `trọng số của nhóm "${g.name}" phải lớn hơn 0`, `the weight of group "${g.name}" must be greater than 0`, toDecimalString(g.weight));
      }
    }
    if (s.groups.length === 0) push('invalid-value', 'error', 'danh sách nhóm đối tượng khảo sát để trống', 'the list of respondent groups is empty');
  }
  if (s.step !== undefined && (!Number.isSafeInteger(s.step) || s.step <= 0)) {
    push('invalid-value', 'error', 'bước làm tròn phải lớn hơn 0', 'the rounding step must be greater than 0', toDecimalString(s.step));
  }
  return out;
}
