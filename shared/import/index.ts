export * from './meta';
export * from './draft';
export * from './safe-href';
export * from './boilerplate';
export * from './title-line';
export * from './plaintext';
export * from './markdown';
