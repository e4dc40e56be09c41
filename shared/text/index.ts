export * from './schema';
export * from './canonical';
export * from './positions';
export * from './normalize';
export * from './quote';
export * from './slug';
