// Texts of the surveys screen that speak about the criteria set's survey rule (answer shares,
// respondent groups), both languages: `const s = useSurveyT(); s.ruleTitle`. The rest of the
// screen's texts are in ../results/messages.
import { usePageMessages } from '../../i18n';

const vi = {
  ruleTitle: 'Thang quy đổi phương án trả lời',
  ruleAnswers: 'Phương án và tỷ lệ điểm',
  ruleGroups: 'Nhóm đối tượng (trọng số)',
  anyGroup: 'Mọi nhóm, trọng số bằng nhau',
  step: 'Làm tròn',
  note: 'Ghi chú',
  from: { criterion: 'Riêng của tiêu chí', set: 'Theo bộ tiêu chí', default: 'Mặc định' },
  counts: 'Số phiếu',
  convertedWith: 'quy đổi theo',
  importAnswers: 'Số phiếu theo phương án: mỗi phương án một cột, tiêu đề "answer_A" hoặc "Phương án A"; hệ thống quy đổi theo thang của tiêu chí trong bộ tiêu chí.',
  chooseCriterion: 'Chọn tiêu chí để nhập số phiếu theo thang của tiêu chí',
};

const en: typeof vi = {
  ruleTitle: 'Answer conversion scale',
  ruleAnswers: 'Answers and their shares',
  ruleGroups: 'Respondent groups (weight)',
  anyGroup: 'Any group, equal weights',
  step: 'Rounding',
  note: 'Note',
  from: { criterion: "Criterion's own", set: "The set's", default: 'Default' },
  counts: 'Answers',
  convertedWith: 'converted with',
  importAnswers: 'Answer counts: one column per answer, headed "answer_A" or "Phương án A"; they are converted with the criterion\'s scale from the criteria set.',
  chooseCriterion: "Choose a criterion to enter answer counts on its scale",
};

export type SurveyMessages = typeof vi;

export function useSurveyT(): SurveyMessages {
  return usePageMessages({ vi, en });
}
