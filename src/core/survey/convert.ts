/**
 * Survey results → a criterion's points (DOMAIN §1.5). Each respondent group (officials,
 * citizens, businesses …) gives one figure: a percent of the criterion's points, a score on the
 * criterion's own scale, or counts of answers that map to shares (A 100 %, B 60 %, C 20 %, D 0 %).
 * Every figure becomes an exact fraction of the max; the criterion's points are the max times the
 * mean of the groups' fractions (weighted when weights are given), rounded ONCE, half-up, to the
 * step (0,01 point by default). All arithmetic is on BigInt fractions: no float ever touches it.
 */
import { formatPoints, SCALE, units, type Points } from '../points';
import type { Bilingual } from '../text';

/** Share of an answer in hundredths of a percent (60 % = 6000). */
export interface AnswerShare {
  answer: string;
  share: number;
}

export const DEFAULT_ANSWER_SHARES: readonly AnswerShare[] = [
  { answer: 'A', share: 10_000 },
  { answer: 'B', share: 6_000 },
  { answer: 'C', share: 2_000 },
  { answer: 'D', share: 0 },
];

/**
 * One group's figure. `percent` is in 1/10 000 of a percent (72,5 % = 725 000, the same integer
 * scale as points); `score` is in points (1/10 000 point); `answers` are counts per answer.
 */
export type GroupFigure =
  | { group: string; kind: 'percent'; percent: number; weight?: number }
  | { group: string; kind: 'score'; score: Points; weight?: number }
  | { group: string; kind: 'answers'; counts: Readonly<Record<string, number>>; weight?: number };

export interface SurveyRule {
  answerShares?: readonly AnswerShare[];
  /** Rounding step of the result in points units; default 100 (0,01 point). */
  step?: number;
}

export interface SurveyError extends Bilingual {
  group: string;
  field: 'percent' | 'score' | 'answers' | 'weight' | 'groups';
}

export type SurveyResult =
  | { ok: true; points: Points; groups: number; explanation: Bilingual }
  | { ok: false; errors: SurveyError[] };

interface Fraction {
  num: bigint;
  den: bigint;
}

const PERCENT_SCALE = 100n * BigInt(SCALE); // 100 % in 1/10 000 of a percent

function fractionOf(f: GroupFigure, max: Points, shares: ReadonlyMap<string, number>): Fraction | SurveyError {
  const err = (field: SurveyError['field'], vi: string, en: string): SurveyError => ({ group: f.group, field, vi: `Nhóm "${f.group}": ${vi}`, en: `Group "${f.group}": ${en}` });
  switch (f.kind) {
    case 'percent':
      if (!Number.isSafeInteger(f.percent) || f.percent < 0 || BigInt(f.percent) > PERCENT_SCALE) {
        return err('percent', 'tỷ lệ phải từ 0 đến 100%', 'the percent must be between 0 and 100');
      }
      return { num: BigInt(f.percent), den: PERCENT_SCALE };
    case 'score':
      if (!Number.isSafeInteger(f.score) || f.score < 0 || f.score > max) {
        return err('score', `điểm phải từ 0 đến ${formatPoints(max, 'vi')}`, `the score must be between 0 and ${formatPoints(max, 'en')}`);
      }
      if (max <= 0) return err('score', 'tiêu chí có điểm tối đa bằng 0', 'the criterion has a maximum of 0');
      return { num: BigInt(f.score), den: BigInt(max) };
    case 'answers': {
      let total = 0n;
      let weighted = 0n;
      for (const [answer, count] of Object.entries(f.counts)) {
        const share = shares.get(answer.trim().toUpperCase());
        if (share === undefined) return err('answers', `phương án "${answer}" không có trong quy tắc quy đổi`, `answer "${answer}" is not in the conversion rule`);
        if (!Number.isSafeInteger(count) || count < 0) return err('answers', `số phiếu của "${answer}" phải là số nguyên không âm`, `the count of "${answer}" must be a non-negative integer`);
        total += BigInt(count);
        weighted += BigInt(count) * BigInt(share);
      }
      if (total === 0n) return err('answers', 'chưa có phiếu trả lời nào', 'there are no answers');
      return { num: weighted, den: total * 10_000n };
    }
  }
}

/** a/b rounded half-up (a, b ≥ 0, b > 0). */
function divHalfUp(a: bigint, b: bigint): bigint {
  const q = a / b;
  return 2n * (a % b) >= b ? q + 1n : q;
}

/** The criterion's points from its groups' figures. Never throws; bad figures come back as errors. */
export function surveyPoints(max: Points, figures: readonly GroupFigure[], rule: SurveyRule = {}): SurveyResult {
  const shares = new Map((rule.answerShares ?? DEFAULT_ANSWER_SHARES).map((s) => [s.answer.toUpperCase(), s.share]));
  const step = BigInt(rule.step ?? 100);
  const errors: SurveyError[] = [];
  if (figures.length === 0) return { ok: false, errors: [{ group: '', field: 'groups', vi: 'Chưa có số liệu điều tra', en: 'No survey figures' }] };
  const seen = new Set<string>();
  // Σ w·num/den over groups, kept as one fraction (common denominator).
  let sumNum = 0n;
  let sumDen = 1n;
  let weights = 0n;
  for (const f of figures) {
    const key = f.group.trim().toLowerCase();
    if (seen.has(key)) {
      errors.push({ group: f.group, field: 'groups', vi: `Nhóm "${f.group}" có hai số liệu`, en: `Group "${f.group}" has two figures` });
      continue;
    }
    seen.add(key);
    const w = f.weight ?? 1;
    if (!Number.isSafeInteger(w) || w <= 0) {
      errors.push({ group: f.group, field: 'weight', vi: `Nhóm "${f.group}": trọng số phải là số nguyên dương`, en: `Group "${f.group}": the weight must be a positive integer` });
      continue;
    }
    const fr = fractionOf(f, max, shares);
    if ('group' in fr) {
      errors.push(fr);
      continue;
    }
    sumNum = sumNum * fr.den + BigInt(w) * fr.num * sumDen;
    sumDen = sumDen * fr.den;
    weights += BigInt(w);
  }
  if (errors.length > 0) return { ok: false, errors };
  // points (units) = max × sumNum / (sumDen × weights), then to the step, rounded once.
  const exactNum = BigInt(max) * sumNum;
  const exactDen = sumDen * weights;
  const steps = divHalfUp(exactNum, exactDen * step);
  const p = units(Number(steps * step));
  const clamped = p > max ? max : p;
  const n = seen.size;
  return {
    ok: true,
    points: clamped,
    groups: n,
    explanation: {
      vi: `Trung bình ${n} nhóm đối tượng khảo sát: ${formatPoints(clamped, 'vi')}/${formatPoints(max, 'vi')} điểm`,
      en: `Mean of ${n} respondent group${n === 1 ? '' : 's'}: ${formatPoints(clamped, 'en')}/${formatPoints(max, 'en')} points`,
    },
  };
}

/** Answer counts → the percent they amount to (1/10 000 of a percent), half-up. */
export function answersToPercent(counts: Readonly<Record<string, number>>, answerShares: readonly AnswerShare[] = DEFAULT_ANSWER_SHARES): number | SurveyError {
  const shares = new Map(answerShares.map((s) => [s.answer.toUpperCase(), s.share]));
  const fr = fractionOf({ group: '', kind: 'answers', counts }, units(SCALE), shares);
  if ('group' in fr) return fr;
  return Number(divHalfUp(fr.num * PERCENT_SCALE, fr.den));
}
