export * from './schema';
export * from './terms';
export * from './version';
export * from './summary';
export * from './lines';
export * from './plainRecords';
export * from './references';
export * from './termRowReader';
