/**
 * Static checks of one leaf's rubric against its node: levels worth more than the node, a max
 * no level reaches, and percentage bands or day tiers that leave values uncovered or cover them
 * twice. The framework validator calls checkRubric for every leaf.
 */
import type { FrameworkNode } from '../framework';
import type { Finding, FindingRule } from '../findings';
import { formatPoints, toDecimalString } from '../points';
import type { Points } from '../points';
import type { Bilingual } from '../text';
import { bandRange, dayTierText, rangeDecimal, rangeText } from './band-text';
import type { Range } from './band-text';
import { bestPoints, bestRaw } from './best';
import { coverageOf, tierCoverage, unreachableBands } from './coverage';
import { both, labelIn, quoted } from './explain';
import { isIsoDate, isMonthDay } from '../dates';
import type { PercentBand, Rubric } from './types';

export { bestPoints } from './best';
export { expectedInput } from './expected-input';
export { describeRubric } from './describe';

type Push = (rule: FindingRule, message: Bilingual, stated?: string | null, computed?: string | null) => void;

export function checkRubric(node: FrameworkNode): Finding[] {
  const rubric = node.rubric;
  if (!rubric) return [];
  const findings: Finding[] = [];
  const push: Push = (rule, message, stated, computed) => {
    const f: Finding = { rule, code: node.code, message, severity: 'error' };
    if (stated !== undefined) f.stated = stated;
    if (computed !== undefined) f.computed = computed;
    findings.push(f);
  };
  checkLevelsAgainstMax(rubric, node.max, push);
  const best = bestPoints(rubric, node.max);
  if (best < node.max) {
    push(
      'max-unreachable',
      both((l) =>
        l === 'vi'
          ? `Mức cao nhất của cách tính điểm chỉ đạt ${formatPoints(best, l)} điểm, thấp hơn điểm tối đa ${formatPoints(node.max, l)} của tiêu chí`
          : `The rubric's best level gives only ${formatPoints(best, l)}, below the criterion's maximum of ${formatPoints(node.max, l)}`,
      ),
      toDecimalString(node.max),
      toDecimalString(best),
    );
  }
  if (rubric.type === 'percent-bands') checkBands(rubric.bands, push);
  if (rubric.type === 'deadline') checkTiers(rubric, push);
  checkWellFormed(rubric, push);
  return findings;
}

/** Every figure the criteria set attaches to an outcome, with its wording. */
function statedFigures(rubric: Rubric, max: Points): { label: Bilingual; points: Points }[] {
  const named = (label: string, labelEn: string | undefined, points: Points) => ({ label: both((l) => labelIn(l, label, labelEn)), points });
  switch (rubric.type) {
    case 'levels':
      return rubric.levels.map((x) => named(x.label, x.labelEn, x.points));
    case 'deadline':
      return [...rubric.tiers.map((t) => named(t.label, t.labelEn, t.points)), named(rubric.missingLabel ?? 'Không ban hành', 'Not issued', rubric.missingPoints)];
    case 'percent-bands':
      return rubric.bands.map((b) => named(b.label, b.labelEn, b.points));
    case 'checklist': {
      const total = rubric.items.reduce((t, i) => (i.points > 0 ? t + i.points : t), 0) as Points;
      return [{ label: { vi: 'Tổng điểm các mục', en: 'All items together' }, points: total }];
    }
    case 'count':
      return rubric.cap === undefined ? [] : [{ label: { vi: 'Mức tối đa khi đếm', en: 'The cap of the count' }, points: rubric.cap }];
    case 'deduction':
      return rubric.floor === undefined ? [] : [{ label: { vi: 'Mức sàn', en: 'The floor' }, points: rubric.floor }];
    case 'share-of-max':
    case 'yes-no':
      return [{ label: { vi: 'Mức cao nhất', en: 'The best level' }, points: bestRaw(rubric, max) }];
    case 'proportional':
    case 'manual':
      return [];
  }
}

function checkLevelsAgainstMax(rubric: Rubric, max: Points, push: Push): void {
  for (const { label, points } of statedFigures(rubric, max)) {
    if (points <= max) continue;
    push(
      'level-exceeds-max',
      both((l) =>
        l === 'vi'
          ? `${quoted(label.vi)} được ${formatPoints(points, l)} điểm, vượt điểm tối đa ${formatPoints(max, l)} của tiêu chí`
          : `${quoted(label.en)} is worth ${formatPoints(points, l)}, more than the criterion's maximum of ${formatPoints(max, l)}`,
      ),
      toDecimalString(points),
      toDecimalString(max),
    );
  }
}

function checkBands(bands: readonly PercentBand[], push: Push): void {
  const stretches = coverageOf(bands);
  const bandName = (i: number | undefined, l: 'vi' | 'en') => {
    const b = i === undefined ? undefined : bands[i];
    return b ? quoted(labelIn(l, b.label, b.labelEn)) : undefined;
  };
  const bandDecimal = (i: number | undefined) => {
    const b = i === undefined ? undefined : bands[i];
    return b ? rangeDecimal(bandRange(b)) : null;
  };
  stretches.forEach((s, k) => {
    const where = (l: 'vi' | 'en') => rangeText(s.range, l);
    const single = s.range.lo?.value === s.range.hi?.value;
    if (s.bands.length === 0) {
      const before = stretches[k - 1]?.bands[0];
      const after = stretches[k + 1]?.bands[0];
      const between = (l: 'vi' | 'en') => {
        const [a, b] = [bandName(before, l), bandName(after, l)];
        if (a && b) return l === 'vi' ? ` (giữa mức ${a} và mức ${b})` : ` (between ${a} and ${b})`;
        if (a || b) return l === 'vi' ? ` (cạnh mức ${a ?? b})` : ` (next to ${a ?? b})`;
        return '';
      };
      push(
        'band-gap',
        both((l) => (l === 'vi' ? `Tỷ lệ ${where(l)} không thuộc mức nào${between(l)}` : `No band covers ${single ? '' : 'percentages '}${where(l)}${between(l)}`)),
        bandDecimal(before ?? after),
        rangeDecimal(s.range),
      );
    } else if (s.bands.length > 1) {
      const names = (l: 'vi' | 'en') => s.bands.map((i) => bandName(i, l)).join(', ');
      push(
        'band-overlap',
        both((l) => (l === 'vi' ? `Tỷ lệ ${where(l)} thuộc cùng lúc ${s.bands.length} mức: ${names(l)}` : `${single ? capitalise(where(l)) : `Percentages ${where(l)}`} ${single ? 'falls' : 'fall'} in ${s.bands.length} bands at once: ${names(l)}`)),
        s.bands.map(bandDecimal).join('; '),
        rangeDecimal(s.range),
      );
    }
  });
  for (const i of unreachableBands(bands)) {
    push(
      'invalid-value',
      both((l) => (l === 'vi' ? `Mức ${bandName(i, l)} không chứa tỷ lệ nào từ 0% đến 100%` : `Band ${bandName(i, l)} holds no percentage between 0% and 100%`)),
      bandDecimal(i),
      null,
    );
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function daysRange(first: number, last: number | null): Range {
  return { lo: { value: first, closed: true }, hi: last === null ? null : { value: last, closed: true } };
}

function checkTiers(rubric: Rubric & { type: 'deadline' }, push: Push): void {
  const coverage = tierCoverage(rubric.tiers);
  const days = (v: number) => String(v);
  if (coverage.gap) {
    const { first } = coverage.gap;
    const text = (l: 'vi' | 'en') => dayTierText(first === 0 ? null : first - 1, null, l);
    push(
      'band-gap',
      both((l) => (l === 'vi' ? `Văn bản ${text(l)} không thuộc mức nào` : `No tier covers a document ${text(l)}`)),
      first === 0 ? null : days(first - 1),
      rangeDecimal(daysRange(first, null), days),
    );
  }
  for (const { tiers, span } of coverage.overlaps) {
    const names = (l: 'vi' | 'en') => tiers.map((i) => quoted(labelIn(l, rubric.tiers[i]?.label ?? '', rubric.tiers[i]?.labelEn))).join(', ');
    const text = (l: 'vi' | 'en') => dayTierText(span.first === 0 ? null : span.first - 1, span.last, l);
    push(
      'band-overlap',
      both((l) => (l === 'vi' ? `Văn bản ${text(l)} thuộc cùng lúc ${tiers.length} mức: ${names(l)}` : `A document ${text(l)} falls in ${tiers.length} tiers at once: ${names(l)}`)),
      tiers.map((i) => String(rubric.tiers[i]?.maxDaysLate ?? '')).join('; '),
      rangeDecimal(daysRange(span.first, span.last), days),
    );
  }
  for (const i of coverage.invalid) {
    const tier = rubric.tiers[i];
    push(
      'invalid-value',
      both((l) =>
        l === 'vi'
          ? `Mức ${quoted(tier?.label ?? '')}: số ngày chậm tối đa phải là số nguyên không âm (đang là ${String(tier?.maxDaysLate)})`
          : `Tier ${quoted(labelIn(l, tier?.label ?? '', tier?.labelEn))}: the maximum days late must be a whole number ≥ 0 (got ${String(tier?.maxDaysLate)})`,
      ),
      String(tier?.maxDaysLate),
      null,
    );
  }
  if (rubric.deadline !== undefined && !isIsoDate(rubric.deadline) && !isMonthDay(rubric.deadline)) {
    push('invalid-value', both((l) => (l === 'vi' ? `Hạn ${quoted(String(rubric.deadline))} không phải là ngày dạng YYYY-MM-DD hoặc MM-DD (hằng năm)` : `The deadline ${quoted(String(rubric.deadline))} is not a YYYY-MM-DD date nor a yearly MM-DD`)), String(rubric.deadline), null);
  }
}

/** Ids that repeat or numbers that cannot work (a step of 0), which would make a leaf unscoreable. */
function checkWellFormed(rubric: Rubric, push: Push): void {
  const ids = rubric.type === 'levels' || rubric.type === 'share-of-max' ? rubric.levels.map((l) => l.id) : rubric.type === 'checklist' ? rubric.items.map((i) => i.id) : [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) push('invalid-value', both((l) => (l === 'vi' ? `Mã mức ${quoted(id)} bị lặp lại` : `Level id ${quoted(id)} appears twice`)), id, null);
    seen.add(id);
  }
  const step = rubric.type === 'manual' || rubric.type === 'proportional' ? rubric.step : undefined;
  if (step !== undefined && !(Number.isSafeInteger(step) && step > 0)) {
    push('invalid-value', both((l) => (l === 'vi' ? 'Bước điểm phải lớn hơn 0' : 'The step must be greater than 0')), String(step), null);
  }
  if ((rubric.type === 'deduction' || rubric.type === 'count') && !(Number.isSafeInteger(rubric.perItem) && rubric.perItem > 0)) {
    push('invalid-value', both((l) => (l === 'vi' ? 'Điểm mỗi mục phải lớn hơn 0' : 'The points per item must be greater than 0')), String(rubric.perItem), null);
  }
}
