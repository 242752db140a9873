/**
 * The bundled dataset, unpacked once per context. Built from `data/` at build
 * time (scripts/vite-dataset-plugin.ts): nothing is fetched, ever.
 */
import packed from 'virtual:dataset-index';
import { createDatasetQueries } from '../lib/dataset/query';
import { unpackIndex } from '../lib/dataset/pack';

export const dataset = unpackIndex(packed);
export const queries = createDatasetQueries(dataset);
