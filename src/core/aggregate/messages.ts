import { formatPoints } from '../points';
import type { Points } from '../points';
import type { Bilingual } from '../text';
import type { ScoreField } from './types';

/** Bilingual messages for scores the aggregation cannot use. Each names the node and the field. */

const FIELD: Record<ScoreField, Bilingual> = {
  self: { vi: 'điểm tự chấm', en: 'self-score' },
  appraisal: { vi: 'điểm thẩm định', en: 'appraisal score' },
  survey: { vi: 'điểm điều tra xã hội học', en: 'survey score' },
  na: { vi: 'không phát sinh', en: 'not applicable' },
  nodeId: { vi: 'mã tiêu chí', en: 'criterion id' },
};

function where(label: string): Bilingual {
  return { vi: `Tiêu chí ${label}`, en: `Criterion ${label}` };
}

function pts(p: number): Bilingual {
  return { vi: formatPoints(p as Points, 'vi'), en: formatPoints(p as Points, 'en') };
}

export const msg = {
  unknownNode(nodeId: string): Bilingual {
    return {
      vi: `Không có tiêu chí "${nodeId}" trong bộ tiêu chí`,
      en: `There is no criterion "${nodeId}" in the criteria set`,
    };
  },
  notALeaf(label: string): Bilingual {
    const w = where(label);
    return {
      vi: `${w.vi} có tiêu chí con; chỉ chấm điểm ở tiêu chí thành phần cuối cùng`,
      en: `${w.en} has sub-criteria; only the lowest-level criteria are scored`,
    };
  },
  duplicate(label: string): Bilingual {
    const w = where(label);
    return { vi: `${w.vi} được chấm điểm nhiều lần`, en: `${w.en} is scored more than once` };
  },
  notANumber(label: string, field: ScoreField, value: unknown): Bilingual {
    const w = where(label);
    const f = FIELD[field];
    return {
      vi: `${w.vi}: ${f.vi} "${String(value)}" không phải là số điểm hợp lệ`,
      en: `${w.en}: ${f.en} "${String(value)}" is not a valid number of points`,
    };
  },
  negative(label: string, field: ScoreField, value: number): Bilingual {
    const w = where(label);
    const f = FIELD[field];
    const v = pts(value);
    return { vi: `${w.vi}: ${f.vi} ${v.vi} là số âm`, en: `${w.en}: ${f.en} ${v.en} is negative` };
  },
  aboveMax(label: string, field: ScoreField, value: number, max: number): Bilingual {
    const w = where(label);
    const f = FIELD[field];
    const v = pts(value);
    const m = pts(max);
    return {
      vi: `${w.vi}: ${f.vi} ${v.vi} vượt điểm tối đa ${m.vi}`,
      en: `${w.en}: ${f.en} ${v.en} exceeds the maximum of ${m.en}`,
    };
  },
  naWithoutReason(label: string): Bilingual {
    const w = where(label);
    return {
      vi: `${w.vi}: đánh dấu "không phát sinh" phải nêu lý do`,
      en: `${w.en}: marking it "not applicable" needs a reason`,
    };
  },
  naNotAllowed(label: string): Bilingual {
    const w = where(label);
    return {
      vi: `${w.vi} không được đánh dấu "không phát sinh"`,
      en: `${w.en} may not be marked "not applicable"`,
    };
  },
  naWithScores(label: string): Bilingual {
    const w = where(label);
    return {
      vi: `${w.vi} vừa đánh dấu "không phát sinh" vừa có điểm; hãy bỏ một trong hai`,
      en: `${w.en} is marked "not applicable" and also scored; remove one of the two`,
    };
  },
  selfNotExpected(label: string, scoredBy: 'appraiser' | 'survey'): Bilingual {
    const w = where(label);
    return scoredBy === 'appraiser'
      ? {
          vi: `${w.vi} chỉ do cơ quan thẩm định chấm; đơn vị không tự chấm`,
          en: `${w.en} is scored by the appraiser only; the unit does not score it`,
        }
      : {
          vi: `${w.vi} được chấm qua điều tra xã hội học; đơn vị không tự chấm`,
          en: `${w.en} is scored by the survey; the unit does not score it`,
        };
  },
  surveyNotExpected(label: string): Bilingual {
    const w = where(label);
    return {
      vi: `${w.vi} không chấm qua điều tra xã hội học; không nhận điểm điều tra`,
      en: `${w.en} is not survey-scored; a survey score is not accepted`,
    };
  },
};
