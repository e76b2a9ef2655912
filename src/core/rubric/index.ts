/** The rubric rules' public face: evaluate a declaration, check a leaf, describe a rubric. */
export { evaluateRubric } from './evaluate';
export { checkRubric, bestPoints, expectedInput, describeRubric } from './checks';
export type * from './types';
