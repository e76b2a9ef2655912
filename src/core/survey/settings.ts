/**
 * How a criteria set converts survey answers (DOMAIN §1.5), as written in the set: the answers a
 * question offers and the share of the points each one is worth (A 100 %, B 60 %, …), the
 * respondent groups with their weights, and the rounding step. A set gives them once
 * (`Framework.survey`); a survey-scored criterion may override any of the three
 * (`FrameworkNode.survey`). Whatever neither gives falls back to the defaults below.
 */
import type { Points } from '../points';
import type { Bilingual } from '../text';
import { DEFAULT_ANSWER_SHARES, type AnswerShare, type SurveyRule } from './convert';

/** One answer of the questionnaire: what respondents tick ("A") and its share of the points. */
export interface SurveyAnswer extends AnswerShare {
  /** The wording ("Rất hài lòng"); optional. */
  label?: string;
  labelEn?: string;
}

/** A respondent group (officials, citizens, businesses …) and its weight in the mean. */
export interface SurveyGroup {
  name: string;
  nameEn?: string;
  /** Relative weight in points units (1/10 000): 1 = 10 000, 0,4 = 4 000; default 1. Only ratios matter. */
  weight?: Points;
}

/** The survey part of a criteria set or of one criterion; every key optional. */
export interface SurveySettings {
  answers?: SurveyAnswer[];
  /** When given, figures must name one of these groups, and their weights apply. */
  groups?: SurveyGroup[];
  /** Rounding step of the criterion's points, points units; default 0,01. */
  step?: Points;
  /** Why the scale is what it is, e.g. why the best answer is worth less than 100 %. */
  note?: string;
}

/** Where a setting came from, so a figure's source can say so. */
export type SettingOrigin = 'criterion' | 'set' | 'default';

/** The rule one criterion converts with, each part resolved criterion → set → default. */
export interface ResolvedSurvey {
  answers: readonly SurveyAnswer[];
  answersFrom: SettingOrigin;
  groups: readonly SurveyGroup[] | null;
  groupsFrom: SettingOrigin;
  step: number;
}

export const DEFAULT_STEP = 100;
/** A group's weight when the set gives none (1, in points units). */
export const DEFAULT_WEIGHT = 10_000;

export function resolveSurvey(set: SurveySettings | undefined, node: SurveySettings | undefined): ResolvedSurvey {
  const answersFrom: SettingOrigin = node?.answers ? 'criterion' : set?.answers ? 'set' : 'default';
  const groupsFrom: SettingOrigin = node?.groups ? 'criterion' : set?.groups ? 'set' : 'default';
  return {
    answers: node?.answers ?? set?.answers ?? DEFAULT_ANSWER_SHARES,
    answersFrom,
    groups: node?.groups ?? set?.groups ?? null,
    groupsFrom,
    step: node?.step ?? set?.step ?? DEFAULT_STEP,
  };
}

/** The rule `surveyPoints` takes. */
export function ruleOf(r: ResolvedSurvey): SurveyRule {
  return { answerShares: r.answers, step: r.step };
}

/** The group of the resolved rule a figure's group names (case and spacing ignored). */
export function findGroup(r: ResolvedSurvey, name: string): SurveyGroup | undefined {
  const key = groupKey(name);
  return r.groups?.find((g) => groupKey(g.name) === key);
}

export function groupKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

export function answerKey(answer: string): string {
  return answer.trim().toUpperCase();
}

/** Hundredths of a percent as a reader writes them: 6000 → "60", 3333 → "33,33" / "33.33". */
export function percentText(hundredths: number, locale: 'vi' | 'en'): string {
  const whole = Math.floor(hundredths / 100);
  const frac = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}${locale === 'vi' ? ',' : '.'}${frac}` : String(whole);
}

/** "A 100%, B 60%, C 20%, D 0%" in both languages (no space before %, as the index writes "85,50%"). */
export function sharesText(answers: readonly AnswerShare[]): Bilingual {
  const one = (locale: 'vi' | 'en') => answers.map((a) => `${a.answer} ${percentText(a.share, locale)}%`).join(', ');
  return { vi: one('vi'), en: one('en') };
}
