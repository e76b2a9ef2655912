// The survey rule of each survey-scored criterion of a prepared set (the set's `survey:` with the
// criterion's override, core/survey resolveSurvey), worked out once per prepared set, and the
// small conversions the service and the file check share.
import { formatPoints, type Points } from '../../core/points';
import { answerKey, answersToPercent, DEFAULT_WEIGHT, findGroup, resolveSurvey, sharesText, type AnswerShare, type GroupFigure, type ResolvedSurvey } from '../../core/survey';
import type { Bilingual } from '../../core/text';
import type { LeafInfo, PreparedFramework } from '../assessments/prepared';

const cache = new WeakMap<PreparedFramework, Map<string, ResolvedSurvey>>();

export function surveyRule(prepared: PreparedFramework, leaf: LeafInfo): ResolvedSurvey {
  let rules = cache.get(prepared);
  if (!rules) cache.set(prepared, (rules = new Map<string, ResolvedSurvey>()));
  let rule = rules.get(leaf.node.id);
  if (!rule) rules.set(leaf.node.id, (rule = resolveSurvey(prepared.framework.survey, leaf.node.survey)));
  return rule;
}

/** A stored figure as core/survey takes it, weighted by its group when the set weighs groups. */
export function toGroupFigure(rule: ResolvedSurvey, r: { respondent_group: string; kind: string; value: number }): GroupFigure {
  const weight = findGroup(rule, r.respondent_group)?.weight ?? DEFAULT_WEIGHT;
  return r.kind === 'score'
    ? { group: r.respondent_group, kind: 'score', score: r.value as Points, weight }
    : { group: r.respondent_group, kind: 'percent', percent: r.value, weight };
}

/** The set's spelling of a group, or an error naming the groups it allows. */
export function checkGroup(rule: ResolvedSurvey, group: string): { ok: true; name: string } | { ok: false; message: Bilingual } {
  if (!rule.groups) return { ok: true, name: group.trim() };
  const g = findGroup(rule, group);
  if (g) return { ok: true, name: g.name };
  const names = rule.groups.map((x) => `"${x.name}"`).join(', ');
  return { ok: false, message: { vi: `nhóm "${group}" không có trong bộ tiêu chí (chỉ nhận: ${names})`, en: `group "${group}" is not in the criteria set (expected one of: ${names})` } };
}

export interface AnswerConversion {
  percent: number;
  counts: Record<string, number>;
  shares: AnswerShare[];
}

/**
 * Answer counts → the percent they come to with the criterion's shares; the counts are keyed by
 * the set's spelling of each answer, and the shares used are kept for the figure's source.
 */
export function convertAnswers(rule: ResolvedSurvey, counts: Readonly<Record<string, number>>): AnswerConversion | { error: Bilingual } {
  const byKey = new Map(rule.answers.map((a) => [answerKey(a.answer), a.answer]));
  const named: Record<string, number> = {};
  for (const [k, n] of Object.entries(counts)) {
    const answer = byKey.get(answerKey(k));
    if (answer === undefined) {
      const known = rule.answers.map((a) => a.answer).join(', ');
      return { error: { vi: `phương án "${k}" không có trong thang trả lời của tiêu chí (${known})`, en: `answer "${k}" is not on the criterion's scale (${known})` } };
    }
    named[answer] = (named[answer] ?? 0) + n;
  }
  const percent = answersToPercent(named, rule.answers);
  if (typeof percent !== 'number') return { error: { vi: percent.vi, en: percent.en } };
  return { percent, counts: named, shares: rule.answers.map((a) => ({ answer: a.answer, share: a.share })) };
}

/** The explanation of a criterion's points, naming the shares and (for a mean of groups) the weights it used. */
export function explain(base: Bilingual, rule: ResolvedSurvey, usedAnswers: boolean, groups: number): Bilingual {
  const parts: Bilingual[] = [base];
  if (usedAnswers) {
    const s = sharesText(rule.answers);
    const from = { criterion: { vi: 'của tiêu chí', en: "the criterion's" }, set: { vi: 'của bộ tiêu chí', en: "the set's" }, default: { vi: 'mặc định', en: 'default' } }[rule.answersFrom];
    parts.push({ vi: `quy đổi phương án (${from.vi}): ${s.vi}`, en: `answer shares (${from.en}): ${s.en}` });
  }
  if (groups > 1 && rule.groups && rule.groups.some((g) => g.weight !== undefined && g.weight !== DEFAULT_WEIGHT)) {
    const w = (locale: 'vi' | 'en') => rule.groups!.map((g) => `${locale === 'en' ? (g.nameEn ?? g.name) : g.name} ${formatPoints((g.weight ?? DEFAULT_WEIGHT) as Points, locale)}`).join(', ');
    parts.push({ vi: `trọng số: ${w('vi')}`, en: `weights: ${w('en')}` });
  }
  return { vi: parts.map((p) => p.vi).join('; '), en: parts.map((p) => p.en).join('; ') };
}
