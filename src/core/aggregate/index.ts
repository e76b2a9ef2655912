export { aggregateAssessment, aggregateCompiled } from './aggregate';
export { compileFramework, FrameworkShapeError } from './compile';
export type { CompiledFramework } from './compile';
export { CompiledAssessment, DEFAULT_INDEX_CAP } from './result';
export { rescaleTo } from './rescale';
export { ROOT_ID } from './types';
export type { AggregateIssue, AggregateOptions, AssessmentResult, LeafScore, NodeCounts, NodeResult, ScoreField } from './types';
