export * from './database';
export * from './loadCorpus';
