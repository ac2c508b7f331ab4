export * from './schema';
export * from './terms';
export * from './version';
