/**
 * Wording of percentage bands and day tiers as Vietnamese criteria sets write them
 * ("từ 95% đến dưới 100%", "chậm dưới 10 ngày") and in English.
 */
import { formatScaled } from '../points';
import type { Locale } from '../points';
import type { PercentBand } from './types';

/** 9500 → "95%", 9550 → "95,5%" / "95.5%". */
export function percentText(hundredths: number, locale: Locale): string {
  return `${formatScaled(hundredths, 2, locale)}%`;
}

/** 9550 → "95.5": percentages in Finding.stated/computed (decimal point, no sign). */
export function percentDecimal(hundredths: number): string {
  return formatScaled(hundredths, 2, 'en').replace(/,/g, '');
}

/** One end of an interval: its value and whether the value itself belongs to it. */
export interface Bound {
  value: number;
  closed: boolean;
}

/** An interval of percentages in hundredths; null ends are unbounded. */
export interface Range {
  lo: Bound | null;
  hi: Bound | null;
}

export function bandRange(band: PercentBand): Range {
  return {
    lo: band.from === null ? null : { value: band.from, closed: !band.fromExclusive },
    hi: band.to === null ? null : { value: band.to, closed: band.toInclusive === true },
  };
}

/** "từ 95% đến dưới 100%", "trên 80%", "dưới 85%", "đúng 100%" and the English equivalents. */
export function rangeText(range: Range, locale: Locale, unit: (v: number, l: Locale) => string = percentText): string {
  const { lo, hi } = range;
  const vi = locale === 'vi';
  if (lo && hi && lo.value === hi.value && lo.closed && hi.closed) return vi ? `đúng ${unit(lo.value, locale)}` : `exactly ${unit(lo.value, locale)}`;
  const loText = lo ? (lo.closed ? (vi ? `từ ${unit(lo.value, locale)}` : `from ${unit(lo.value, locale)}`) : vi ? `trên ${unit(lo.value, locale)}` : `above ${unit(lo.value, locale)}`) : '';
  const hiText = hi ? (hi.closed ? (vi ? `đến ${unit(hi.value, locale)}` : `up to ${unit(hi.value, locale)}`) : vi ? `dưới ${unit(hi.value, locale)}` : `under ${unit(hi.value, locale)}`) : '';
  if (lo && hi) {
    if (vi) return `${loText} đến ${hi.closed ? '' : 'dưới '}${unit(hi.value, locale)}`;
    return `${loText} to ${hi.closed ? '' : 'under '}${unit(hi.value, locale)}`;
  }
  if (lo) return lo.closed ? (vi ? `${loText} trở lên` : `${unit(lo.value, locale)} or more`) : loText;
  if (hi) return hi.closed && vi ? `không quá ${unit(hi.value, locale)}` : hiText;
  return vi ? 'mọi tỷ lệ' : 'any percentage';
}

/** Compact range for Finding.stated/computed: "70–80", "80–", "–50", "80". */
export function rangeDecimal(range: Range, unit: (v: number) => string = percentDecimal): string {
  const { lo, hi } = range;
  if (lo && hi && lo.value === hi.value) return unit(lo.value);
  return `${lo ? unit(lo.value) : ''}–${hi ? unit(hi.value) : ''}`;
}

/** Days late as the tier covers them: lower exclusive bound (previous tier) to upper inclusive. */
export function dayTierText(after: number | null, upTo: number | null, locale: Locale): string {
  const vi = locale === 'vi';
  const first = after === null ? 0 : after + 1;
  if (upTo === 0 || (upTo !== null && upTo < first)) return vi ? 'đúng hạn hoặc sớm hơn' : 'on time or early';
  if (upTo === null) {
    if (first === 0) return vi ? 'bất kể chậm bao nhiêu ngày' : 'however late';
    return vi ? `chậm từ ${first} ngày trở lên` : `${first} or more days late`;
  }
  if (first === 0) return vi ? `đúng hạn hoặc chậm không quá ${upTo} ngày` : `on time or at most ${upTo} ${upTo === 1 ? 'day' : 'days'} late`;
  if (first === upTo) return vi ? `chậm ${upTo} ngày` : `${upTo} ${upTo === 1 ? 'day' : 'days'} late`;
  return vi ? `chậm từ ${first} đến ${upTo} ngày` : `${first} to ${upTo} days late`;
}
