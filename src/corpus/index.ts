export * from './schema';
export * from './terms';
