export * from './tokens';
export * from './synonyms';
export * from './build';
export * from './score';
export * from './suggest';
export * from './align';
export * from './metrics';
