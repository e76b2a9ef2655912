// How a deadline leaf reads its deadline on the form (the unit's and the appraiser's): the set's
// own ("20/01 hằng năm" or a date), the organiser's for this period ("… (do cơ quan tổ chức
// đặt)"), or — when neither exists yet — a plain notice instead of the rubric's error.
import type { Locale } from '../../api/types';
import { formatDate } from '../format';
import type { ItemError, LeafInfo } from '../../pages/assessment/contract';
import type { AssessmentMessages } from '../../pages/assessment/messages';

function isDeadlineRubric(leaf: LeafInfo): boolean {
  const r = leaf.rubric;
  return typeof r === 'object' && r !== null && (r as { type?: unknown }).type === 'deadline';
}

/** A deadline leaf with no deadline from the set or the period: it cannot be scored yet. */
export function awaitsDeadline(leaf: LeafInfo): boolean {
  return isDeadlineRubric(leaf) && !leaf.deadline;
}

export function deadlineText(leaf: LeafInfo, locale: Locale, a: AssessmentMessages): string | null {
  const d = leaf.deadline;
  if (!d) return awaitsDeadline(leaf) ? a.noDeadlineYet : null;
  // A yearly deadline "01-20" reads "20/01 hằng năm" / "20 Jan every year"; a dated one as a date.
  const when = /^\d{2}-\d{2}$/.test(d) ? a.yearly(monthDay(d, locale)) : formatDate(d, locale);
  return a.deadlineOf(leaf.deadlineSource === 'period' ? a.setByOrganiser(when) : when);
}

/** "01-20" as "20/01" in Vietnamese, "20 Jan" in English (a leap year, so 29 February stays). */
export function monthDay(mmdd: string, locale: Locale): string {
  return locale === 'vi' ? mmdd.split('-').reverse().join('/') : formatDate(`2024-${mmdd}`, 'en').replace(/ 2024$/, '');
}

/** The rubric's "no deadline" error adds nothing once the notice says so. */
export function withoutDeadlineErrors(leaf: LeafInfo, errors: ItemError[]): ItemError[] {
  return awaitsDeadline(leaf) ? errors.filter((e) => e.field !== 'deadline') : errors;
}
