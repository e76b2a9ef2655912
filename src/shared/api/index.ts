// The HTTP contract (docs: /work/team/API.md, served as OpenAPI at GET /api/docs).
export * from './common';
export * from './session';
export * from './users';
export * from './units';
export * from './frameworks';
export * from './periods';
export * from './audit';
export * from './home';
export * from './assessments';
export * from './evidence';
export * from './appraisal';
export * from './surveys';
export * from './results';
export * from './remediation';
