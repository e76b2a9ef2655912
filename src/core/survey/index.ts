export { answersToPercent, DEFAULT_ANSWER_SHARES, surveyPoints } from './convert';
export type { AnswerShare, GroupFigure, SurveyError, SurveyResult, SurveyRule } from './convert';
