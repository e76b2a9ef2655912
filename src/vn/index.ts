export * from './numbers';
export * from './dates';
export * from './fold';
export * from './similarity';
export * from './citations';
