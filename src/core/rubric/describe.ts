/** One line per level of a rubric, for `chiso framework show` and the web form. */
import { formatDate, isMonthDay } from '../dates';
import { formatPoints, scaleBy } from '../points';
import type { Locale, Points } from '../points';
import { bandRange, dayTierText, percentText, rangeText } from './band-text';
import { pointsText, labelIn } from './explain';
import { manualStep } from './manual';
import { DEFAULT_PROPORTIONAL_STEP } from './proportional';
import type { Rubric } from './types';

export function describeRubric(rubric: Rubric, max: Points, locale: Locale): string[] {
  const vi = locale === 'vi';
  const pts = (p: Points) => pointsText(p, locale);
  switch (rubric.type) {
    case 'levels':
      return rubric.levels.map((l) => `${labelIn(locale, l.label, l.labelEn)}: ${pts(l.points)}`);
    case 'deadline': {
      const lines: string[] = [];
      if (rubric.deadline && isMonthDay(rubric.deadline)) {
        const [month, day] = rubric.deadline.split('-');
        lines.push(vi ? `Hạn: trước hoặc đúng ngày ${day}/${month} hằng năm` : `Deadline: on or before ${day}/${month} every year`);
      } else if (rubric.deadline) lines.push(vi ? `Hạn: ${formatDate(rubric.deadline, locale)}` : `Deadline: ${formatDate(rubric.deadline, locale)}`);
      // Tightest limit first, the open-ended tier last: the order in which they apply.
      const ordered = [...rubric.tiers].sort((a, b) => (a.maxDaysLate ?? Infinity) - (b.maxDaysLate ?? Infinity));
      let previous: number | null = null;
      for (const tier of ordered) {
        lines.push(`${labelIn(locale, tier.label, tier.labelEn)} (${dayTierText(previous, tier.maxDaysLate, locale)}): ${pts(tier.points)}`);
        previous = tier.maxDaysLate;
      }
      const missing = rubric.missingLabel ?? (vi ? 'Không ban hành' : 'Not issued');
      lines.push(`${missing}${rubric.missingLabel ? (vi ? ' (không có văn bản)' : ' (no document)') : ''}: ${pts(rubric.missingPoints)}`);
      return lines;
    }
    case 'percent-bands':
      return rubric.bands.map((b) => `${labelIn(locale, b.label, b.labelEn)} (${rangeText(bandRange(b), locale)}): ${pts(b.points)}`);
    case 'proportional': {
      const step = formatPoints(rubric.step ?? DEFAULT_PROPORTIONAL_STEP, locale);
      return [vi ? `Điểm = ${formatPoints(max, locale)} × tử số ÷ mẫu số, làm tròn đến ${step}` : `Points = ${formatPoints(max, locale)} × numerator ÷ denominator, rounded to ${step}`];
    }
    case 'deduction': {
      const item = rubric.itemLabel ?? (vi ? 'tiêu chí không đạt' : 'failed item');
      const floor = formatPoints(rubric.floor ?? (0 as Points), locale);
      return [
        vi
          ? `Mỗi ${item} trừ ${formatPoints(rubric.perItem, locale)} điểm từ ${pts(max)}, thấp nhất ${floor} điểm`
          : `Each ${item} deducts ${formatPoints(rubric.perItem, locale)} from ${pts(max)}, not below ${floor}`,
      ];
    }
    case 'count': {
      const item = rubric.itemLabel ?? (vi ? 'mục' : 'item');
      const cap = formatPoints(rubric.cap ?? max, locale);
      return [vi ? `Mỗi ${item}: ${pts(rubric.perItem)}, tối đa ${cap} điểm` : `Each ${item}: ${pts(rubric.perItem)}, at most ${cap}`];
    }
    case 'checklist':
      return rubric.items.map((i) => `${labelIn(locale, i.label, i.labelEn)}: ${pts(i.points)}`);
    case 'share-of-max':
      return rubric.levels.map((l) => {
        const value = Number.isSafeInteger(l.share) && Math.abs(l.share) <= 1_000_000 ? pts(scaleBy(max, l.share, 10_000)) : '?';
        return `${labelIn(locale, l.label, l.labelEn)}: ${percentText(l.share, locale)} × ${formatPoints(max, locale)} = ${value}`;
      });
    case 'yes-no':
      return [
        `${rubric.yesLabel ?? (vi ? 'Có' : 'Yes')}: ${pts(rubric.yes ?? max)}`,
        `${rubric.noLabel ?? (vi ? 'Không' : 'No')}: ${pts(rubric.no ?? (0 as Points))}`,
      ];
    case 'manual': {
      const step = formatPoints(manualStep(rubric), locale);
      return [vi ? `Người chấm nhập điểm từ 0 đến ${pts(max)}, bước ${step}` : `The scorer enters points from 0 to ${pts(max)}, step ${step}`];
    }
  }
}
