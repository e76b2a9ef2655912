export { classify } from './classify';
export { compareFields } from './compare';
export type { CompareOptions, FieldComparison, Spread, UnitFieldFigures } from './compare';
export { compareEntries, rankByGroup, rankUnits, RankingError } from './rank';
export type { Ranked, RankEntry } from './rank';
