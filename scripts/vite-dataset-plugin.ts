/**
 * CONTRACT STUB — replaced by the real build step.
 * Provides `virtual:dataset-index`, whose default export is the packed runtime index.
 */
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:dataset-index';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function datasetPlugin(): Plugin {
  return {
    name: 'dataset-index',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const index = {
        asOf: '2026-11-27',
        organizations: [
          { id: 'ibm', name: 'IBM', type: 'company', country: 'US', domain: 'ibm.com' },
          { id: 'hugging-face', name: 'Hugging Face', type: 'company', country: 'US', domain: 'huggingface.co' },
        ],
        initiatives: [
          { id: 'ai-alliance', name: 'AI Alliance', nameFr: "Alliance pour l'IA", description: 'x', founded: '2023-12-05', homepage: 'https://thealliance.ai' },
        ],
        memberships: [
          { org: 'ibm', initiative: 'ai-alliance', role: 'co-founder', joined: '2023-12-05', joinedVerified: true, source: 'https://thealliance.ai', confirmed: true },
          { org: 'hugging-face', initiative: 'ai-alliance', role: 'founding-member', joined: '2023-12-05', joinedVerified: true, source: 'https://thealliance.ai', confirmed: true },
        ],
        aliases: [
          { text: 'IBM', kind: 'org', target: 'ibm', caseSensitive: false },
          { text: 'Hugging Face', kind: 'org', target: 'hugging-face', caseSensitive: false },
          { text: 'AI Alliance', kind: 'initiative', target: 'ai-alliance', caseSensitive: false },
        ],
        searchOnlyNames: [],
      };
      return `export default ${JSON.stringify(index)};`;
    },
  };
}
