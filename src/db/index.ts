export * from './database';
export * from './loadCorpus';
export { importCorpusLines } from './loadLines';
export { isQuotaError } from './loadCommon';
