export * from './common';
export * from './codebook';
export * from './study';
export * from './article';
export * from './annotation';
export * from './migrate';
