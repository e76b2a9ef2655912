export { answersToPercent, DEFAULT_ANSWER_SHARES, surveyPoints } from './convert';
export type { AnswerShare, GroupFigure, SurveyError, SurveyResult, SurveyRule } from './convert';
export { answerKey, DEFAULT_STEP, DEFAULT_WEIGHT, findGroup, groupKey, percentText, resolveSurvey, ruleOf, sharesText } from './settings';
export type { ResolvedSurvey, SettingOrigin, SurveyAnswer, SurveyGroup, SurveySettings } from './settings';
