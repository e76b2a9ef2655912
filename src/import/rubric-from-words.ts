/**
 * Scoring levels written under a criterion → a core Rubric. Each level keeps its original
 * wording as its label. Shapes recognised, in order:
 * - per-item deduction: one level "… (mỗi tiêu chí không đạt yêu cầu trừ 0,75 điểm)";
 * - count × points: "Sáng kiến được công nhận (01 sáng kiến = 02 điểm)", capped at the max;
 * - checklist: several positive items adding up to the max;
 * - deadline tiers: "Trước và đúng thời gian quy định" / "Chậm dưới 10 ngày …" / "Không ban hành
 *   hoặc ban hành chậm từ 10 ngày trở lên";
 * - percentage bands: "100%", "Từ 95% - dưới 100%", "Từ 90% đến 100%", "Đạt từ 50% trở lên",
 *   "trên 80%", "Dưới 85%";
 * - yes / no: "Có ban hành" = max, "Không ban hành" = 0;
 * - otherwise plain levels — with a warning when the wording hints at a rule we did not read.
 */
import type { Points } from '../core/points';
import { parsePoints, sum } from '../core/points';
import type { DeadlineRubric, PercentBand, Rubric } from '../core/rubric/types';
import type { Bilingual } from '../core/text';
import { fold } from '../vn/fold';
import { normalizeVnNumber, parsePercent } from '../vn/numbers';

export interface WordLevel {
  label: string;
  points: Points;
}

export interface RubricReading {
  rubric: Rubric;
  warnings: Bilingual[];
  /** Day ranges the wording leaves uncovered ("chậm dưới 15 ngày" / "chậm trên 15 ngày": day 15). */
  dayGaps: { first: number; last: number }[];
}

const NUM = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;

function pct(s: string): number {
  return parsePercent(s) ?? 0;
}

/** One level's percentage band, or null when its wording names none. */
const BAND = {
  fromUnder: new RegExp(String.raw`tu (?:duoi )?${NUM}\s*%?\s*(?:den|-|toi)?\s*duoi ${NUM}\s*%`),
  fromTo: new RegExp(String.raw`tu ${NUM}\s*%?\s*(?:den|-|toi)\s*${NUM}\s*%`),
  orMore: new RegExp(String.raw`${NUM}\s*%\s*(?:tro len|tro di)`),
  above: new RegExp(String.raw`(?:tren|hon) ${NUM}\s*%`),
  under: new RegExp(String.raw`duoi ${NUM}\s*%`),
  atMost: new RegExp(String.raw`(?:khong qua|toi da) ${NUM}\s*%`),
  bare: new RegExp(String.raw`(?<![\d,.])${NUM}\s*%`),
};

export function bandOf(label: string): Omit<PercentBand, 'points' | 'label'> | null {
  const f = fold(label).replace(/[–—]/g, '-');
  let m = BAND.fromUnder.exec(f);
  if (m) return { from: pct(m[1]!), to: pct(m[2]!) };
  m = BAND.fromTo.exec(f);
  if (m) return { from: pct(m[1]!), to: pct(m[2]!), toInclusive: true };
  m = BAND.orMore.exec(f);
  if (m) return { from: pct(m[1]!), to: null };
  m = BAND.above.exec(f);
  if (m) return { from: pct(m[1]!), to: null, fromExclusive: true };
  m = BAND.under.exec(f);
  if (m) return { from: null, to: pct(m[1]!) };
  m = BAND.atMost.exec(f);
  if (m) return { from: null, to: pct(m[1]!), toInclusive: true };
  m = BAND.bare.exec(f);
  if (m && pct(m[1]!) === 10_000) return { from: 10_000, to: null };
  return null;
}

type Tier =
  | { kind: 'on-time' }
  | { kind: 'late'; first: number; last: number | null }
  | { kind: 'missing' }
  | { kind: 'missing-or-late'; first: number };

/** How a level's wording reads as a deadline tier, or null. */
const LATE = String.raw`(?:cham|qua|muon|tre)(?: han)?`;
const TIER = {
  range: new RegExp(String.raw`${LATE} (?:tu )?(\d{1,3}) (?:den|-) (\d{1,3}) ngay`),
  under: new RegExp(String.raw`${LATE} (duoi|khong qua|trong vong|toi da|chua den) (\d{1,3}) ngay`),
  over: new RegExp(String.raw`${LATE} (tu|tren|qua|hon)? ?(\d{1,3}) ngay( tro len)?`),
};

export function tierOf(label: string): Tier | null {
  const f = fold(label);
  const missing = /khong (ban hanh|co bao cao|co ke hoach|thuc hien|xay dung|gui|lap)|chua ban hanh/.test(f);
  let m = TIER.range.exec(f);
  if (m) return { kind: 'late', first: Number(m[1]), last: Number(m[2]) };
  m = TIER.under.exec(f);
  if (m) {
    const n = Number(m[2]);
    return { kind: 'late', first: 1, last: m[1] === 'duoi' || m[1] === 'chua den' ? n - 1 : n };
  }
  m = TIER.over.exec(f);
  if (m && (m[1] || m[3] || /^qua/.test(m[0]))) {
    const n = Number(m[2]);
    const first = m[1] === 'tu' || (m[3] && !m[1]) ? n : n + 1;
    return missing ? { kind: 'missing-or-late', first } : { kind: 'late', first, last: null };
  }
  if (missing && !/\d/.test(f.replace(/ngay \d+\/\d+(\/\d+)?/g, ''))) return { kind: 'missing' };
  if (/(truoc va )?dung (thoi gian|thoi han|han|tien do)|dung .{0,40}thoi (gian|han)|dam bao (thoi gian|thoi han)|kip thoi|truoc thoi han|theo dung thoi gian/.test(f) && !/cham|muon|tre han|qua \d/.test(f)) {
    return { kind: 'on-time' };
  }
  return null;
}

const DEDUCTION = /moi .{0,60}?tru (\d{1,3}(?:[.,]\d{1,2})?) ?diem/;
const COUNT = /(\d{1,3}) [^=()]{1,40}= ?(\d{1,3}(?:[.,]\d{1,2})?) ?diem/;

function points(text: string): Points {
  return parsePoints(normalizeVnNumber(text, 'decimal') ?? '0');
}

function levelsRubric(levels: WordLevel[]): Rubric {
  return { type: 'levels', levels: levels.map((l, i) => ({ id: `l${i + 1}`, label: l.label, points: l.points })) };
}

export function rubricFromWords(levels: WordLevel[], max: Points | null): RubricReading {
  const warnings: Bilingual[] = [];
  const plain = (why?: Bilingual): RubricReading => {
    const hint = levels.some((l) => /%|\bngay\b|\btru\b|=/.test(fold(l.label)));
    if (why) warnings.push(why);
    else if (hint) warnings.push({ vi: 'Chưa hiểu được quy tắc trong lời văn các mức điểm; giữ nguyên dạng chọn mức', en: 'The wording of the levels hints at a rule that was not understood; kept as a choice of levels' });
    return { rubric: levelsRubric(levels), warnings, dayGaps: [] };
  };
  const folded = levels.map((l) => fold(l.label));

  const deductions = folded.map((f) => DEDUCTION.exec(f));
  if (deductions.some(Boolean)) {
    const d = deductions[0];
    if (levels.length === 1 && d) {
      return { rubric: { type: 'deduction', perItem: points(d[1]!), itemLabel: levels[0]!.label }, warnings, dayGaps: [] };
    }
    return plain({ vi: 'Các mức điểm kèm cách trừ điểm theo từng nội dung: giữ dạng chọn mức, cần xem lại', en: 'Levels combined with per-item deductions: kept as a choice of levels, please review' });
  }

  const counts = folded.map((f) => COUNT.exec(f));
  if (counts.some(Boolean)) {
    const rates = new Set(counts.filter((c): c is RegExpExecArray => c !== null).map((c) => points(c[2]!) / Number(c[1])));
    const others = levels.filter((_, i) => !counts[i]);
    if (rates.size === 1 && others.every((l) => l.points === 0)) {
      const perItem = [...rates][0]! as Points;
      return { rubric: { type: 'count', perItem, ...(max !== null ? { cap: max } : {}), itemLabel: levels.find((_, i) => counts[i])!.label }, warnings, dayGaps: [] };
    }
    return plain({ vi: 'Có nhiều mức tính điểm theo số lượng khác nhau: giữ dạng chọn mức, cần xem lại', en: 'Several different count × points rates: kept as a choice of levels, please review' });
  }

  if (levels.length >= 2 && max !== null && levels.every((l) => l.points > 0 && l.points < max) && sum(levels.map((l) => l.points)) === max) {
    return { rubric: { type: 'checklist', items: levels.map((l, i) => ({ id: `c${i + 1}`, label: l.label, points: l.points })) }, warnings, dayGaps: [] };
  }

  const tiers = levels.map((l) => tierOf(l.label));
  if (levels.length >= 2 && tiers.every(Boolean) && tiers.some((t) => t!.kind === 'on-time') && tiers.some((t) => t!.kind !== 'on-time')) {
    const reading = deadlineFrom(levels, tiers as Tier[]);
    if (reading) return reading;
  }

  const bands = levels.map((l) => bandOf(l.label));
  if (levels.length >= 2 && bands.every(Boolean)) {
    const keys = bands.map((b) => JSON.stringify(b));
    if (new Set(keys).size < keys.length) {
      return plain({ vi: 'Hai mức điểm cùng một khoảng tỷ lệ (khác nhau ở điều kiện khác): giữ dạng chọn mức', en: 'Two levels share one percentage range (they differ by another condition): kept as a choice of levels' });
    }
    return {
      rubric: { type: 'percent-bands', bands: levels.map((l, i) => ({ ...bands[i]!, points: l.points, label: l.label })) },
      warnings,
      dayGaps: [],
    };
  }

  if (levels.length === 2 && max !== null) {
    const [a, b] = levels as [WordLevel, WordLevel];
    const [yes, no] = a.points >= b.points ? [a, b] : [b, a];
    if (yes.points === max && no.points === 0 && /^(khong|chua)\b/.test(fold(no.label)) && /^(co|da)\b/.test(fold(yes.label))) {
      return { rubric: { type: 'yes-no', yesLabel: yes.label, noLabel: no.label }, warnings, dayGaps: [] };
    }
  }
  return plain();
}

function deadlineFrom(levels: WordLevel[], tiers: Tier[]): RubricReading | null {
  const rubric: DeadlineRubric = { type: 'deadline', tiers: [], missingPoints: 0 as Points };
  const dayGaps: { first: number; last: number }[] = [];
  let sawMissing = false;
  const spans: { first: number; last: number | null; level: WordLevel }[] = [];
  tiers.forEach((t, i) => {
    const level = levels[i]!;
    if (t.kind === 'on-time') spans.push({ first: 0, last: 0, level });
    else if (t.kind === 'late') spans.push({ first: t.first, last: t.last, level });
    else {
      rubric.missingPoints = level.points;
      rubric.missingLabel = level.label;
      sawMissing = true;
      if (t.kind === 'missing-or-late') spans.push({ first: t.first, last: null, level });
    }
  });
  spans.sort((a, b) => (a.last ?? Infinity) - (b.last ?? Infinity));
  let covered = 0; // days 0..covered are taken
  for (const s of spans) {
    if (s.last === 0 && s.first === 0) {
      rubric.tiers.push({ maxDaysLate: 0, points: s.level.points, label: s.level.label });
      continue;
    }
    if (s.first > covered + 1) dayGaps.push({ first: covered + 1, last: s.first - 1 });
    rubric.tiers.push({ maxDaysLate: s.last, points: s.level.points, label: s.level.label });
    if (s.last !== null) covered = Math.max(covered, s.last);
  }
  if (new Set(rubric.tiers.map((t) => t.maxDaysLate)).size < rubric.tiers.length) return null;
  const warnings: Bilingual[] = [];
  if (!sawMissing) {
    warnings.push({ vi: 'Không nêu mức điểm khi không ban hành văn bản: tính 0 điểm', en: 'No level for a document never issued: it scores 0' });
  }
  return { rubric, warnings, dayGaps };
}
