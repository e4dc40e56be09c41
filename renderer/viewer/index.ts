export * from './highlights';
export * from './viewer';
export * from './segments';
export * from './lanes';
export * from './persistent-map';
