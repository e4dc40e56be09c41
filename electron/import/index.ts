export * from './import-document';
export * from './refusals';
export * from './detect-format';
export * from './html';
