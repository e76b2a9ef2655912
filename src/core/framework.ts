import type { Points } from './points';
import type { Rubric } from './rubric/types';
import type { SurveySettings } from './survey/settings';
import type { Bilingual } from './text';

/**
 * The criteria set (bộ tiêu chí) and its tree. Parts (I, II), fields (1, 2), criteria (1.1),
 * sub-criteria (1.1.1) and items (6.6.3.1): any depth up to MAX_DEPTH.
 */
export const MAX_DEPTH = 5;

export type UnitType = 'department' | 'commune' | 'district' | 'district-department';

/** What an item marked "không phát sinh" (not applicable) scores. */
export type NaPolicy = 'exclude' | 'full' | 'zero';

/** Who puts the score on a leaf. */
export type ScoredBy = 'unit' | 'appraiser' | 'survey';

/** Bonus items add on top of the max; penalty items subtract. */
export type NodeKind = 'normal' | 'bonus' | 'penalty';

export interface FrameworkNode {
  /** Stable within the framework; the code when there is one ("1.2.3"), otherwise generated. */
  id: string;
  /** As printed: "II", "1.2", "6.6.3"; null for rows without a code. */
  code: string | null;
  name: string;
  nameEn?: string;
  max: Points;
  children: FrameworkNode[];
  kind?: NodeKind;
  /** Leaves only. */
  rubric?: Rubric;
  evidence?: string;
  appraisingDepartment?: string;
  scoredBy?: ScoredBy;
  naAllowed?: boolean;
  naPolicy?: NaPolicy;
  /** Survey-scored leaves: answer shares, respondent groups or step overriding the set's. */
  survey?: SurveySettings;
  /** Free notes kept from the source document. */
  note?: string;
}

export interface ClassificationBand {
  code: string;
  label: Bilingual;
  /** Lowest index in the band, hundredths of a percent (90 % = 9000). */
  minIndex: number;
}

export interface Framework {
  formatVersion: 1;
  id: string;
  name: string;
  unitType: UnitType;
  year: number;
  version: string;
  naPolicy: NaPolicy;
  bands: ClassificationBand[];
  nodes: FrameworkNode[];
  /**
   * The grand total the source document states ("CỘNG ĐIỂM I + II + III: 100"), when it states
   * one. The validator reports `total-mismatch` when it differs from the top-level nodes' sum.
   */
  statedMax?: Points;
  /** How survey answers convert to points (answer shares, respondent groups, step). */
  survey?: SurveySettings;
  /** Where it came from and what was changed from the source to make it consistent. */
  source?: string;
  repairs?: string[];
}
