import { prestartLoaderWorker } from './loaderWorker';

prestartLoaderWorker();
