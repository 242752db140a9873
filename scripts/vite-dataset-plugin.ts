/**
 * Provides `virtual:dataset-index`, whose default export is the packed runtime
 * index (see `lib/dataset/pack.ts`), and `virtual:dataset-content`, the small
 * slice the content script carries (`lib/dataset/content-index.ts`). At build time it reads and checks `data/`,
 * compiles and packs it; the data files are watched so `wxt dev` rebuilds on
 * an edit, and invalid data fails the build with the problem list (file,
 * record, field).
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileIndex } from '../lib/dataset/compile';
import { DatasetError, INITIATIVES_DIR, listDataFiles, loadDataset } from '../lib/dataset/load';
import { packContentIndex, toContentIndex } from '../lib/dataset/content-index';
import { packIndex } from '../lib/dataset/pack';
import type { RuntimeIndex } from '../lib/dataset/types';

const MODULES: Record<string, (index: RuntimeIndex) => unknown> = {
  'virtual:dataset-index': packIndex,
  'virtual:dataset-content': (index) => packContentIndex(toContentIndex(index)),
};
const RESOLVED_PREFIX = '\0';

export interface DatasetPluginOptions {
  /** Directory holding the dataset; defaults to `data` in the working directory. */
  dataDir?: string;
}

export function datasetPlugin(options: DatasetPluginOptions = {}): Plugin {
  const dataDir = options.dataDir ?? 'data';
  return {
    name: 'dataset-index',
    resolveId(id) {
      return id in MODULES ? RESOLVED_PREFIX + id : undefined;
    },
    load(id) {
      const encode = id.startsWith(RESOLVED_PREFIX) ? MODULES[id.slice(1)] : undefined;
      if (!encode) return undefined;
      // Watch the folder too, so a new initiative file is picked up.
      for (const file of listDataFiles(dataDir)) this.addWatchFile(resolve(file));
      this.addWatchFile(resolve(join(dataDir, INITIATIVES_DIR)));
      try {
        const packed = encode(compileIndex(loadDataset(dataDir)));
        return `export default ${JSON.stringify(packed)};`;
      } catch (error) {
        if (error instanceof DatasetError) this.error(error.message);
        throw error;
      }
    },
  };
}
