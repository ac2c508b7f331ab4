export * from './database';
export * from './loadCorpus';
export { importCorpusLines } from './loadLines';
export { isQuotaError } from './loadCommon';
export { onStoredElsewhere } from './corpusLock';
export { StoredTexts } from './storedTexts';
export { dropEarlyLoaderWorker } from './loaderWorker';
