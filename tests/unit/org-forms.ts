/**
 * How readers write some organizations, in English and in French. Every form
 * must resolve to the organization through the page-matcher aliases of the
 * runtime index (case-folded, apostrophes folded). Shared with the matcher's
 * tests.
 */
export interface OrgForms {
  id: string;
  en: readonly string[];
  fr: readonly string[];
}

export const ORG_FORMS: readonly OrgForms[] = [
  { id: 'ibm', en: ['IBM'], fr: ['IBM'] },
  { id: 'meta', en: ['Meta', 'Meta Platforms'], fr: ['Meta'] },
  { id: 'amd', en: ['AMD', 'Advanced Micro Devices'], fr: ['AMD'] },
  { id: 'dell-technologies', en: ['Dell Technologies', 'Dell'], fr: ['Dell Technologies'] },
  { id: 'red-hat', en: ['Red Hat'], fr: ['Red Hat'] },
  { id: 'sony-group', en: ['Sony Group', 'Sony'], fr: ['groupe Sony', 'Sony'] },
  { id: 'hugging-face', en: ['Hugging Face'], fr: ['Hugging Face'] },
  { id: 'stability-ai', en: ['Stability AI'], fr: ['Stability AI'] },
  { id: 'oracle', en: ['Oracle'], fr: ['Oracle'] },
  { id: 'linux-foundation', en: ['Linux Foundation'], fr: ['Fondation Linux'] },
  { id: 'cern', en: ['CERN'], fr: ['Cern', 'CERN'] },
  { id: 'nasa', en: ['NASA'], fr: ['NASA'] },
  {
    id: 'cleveland-clinic',
    en: ['Cleveland Clinic'],
    fr: ['Cleveland Clinic', 'clinique de Cleveland'],
  },
  { id: 'cornell-university', en: ['Cornell University', 'Cornell'], fr: ['université Cornell'] },
  {
    id: 'dartmouth-college',
    en: ['Dartmouth College', 'Dartmouth'],
    fr: ['Dartmouth College', 'université de Dartmouth'],
  },
  {
    id: 'imperial-college-london',
    en: ['Imperial College London'],
    fr: ['Imperial College London', 'Imperial College de Londres'],
  },
  {
    id: 'uc-berkeley',
    en: ['UC Berkeley', 'University of California, Berkeley'],
    fr: ['université de Californie Berkeley', 'université de Californie à Berkeley', 'UC Berkeley'],
  },
  {
    id: 'uiuc',
    en: ['University of Illinois', 'University of Illinois Urbana-Champaign'],
    fr: ["université de l'Illinois", 'université de l’Illinois'],
  },
  { id: 'notre-dame', en: ['University of Notre Dame'], fr: ['université de Notre Dame'] },
  { id: 'university-of-tokyo', en: ['University of Tokyo', 'UTokyo'], fr: ['université de Tokyo'] },
  { id: 'yale-university', en: ['Yale University', 'Yale'], fr: ['université de Yale'] },
  { id: 'microsoft', en: ['Microsoft'], fr: ['Microsoft'] },
  { id: 'google', en: ['Google'], fr: ['Google'] },
  { id: 'openai', en: ['OpenAI'], fr: ['OpenAI'] },
  { id: 'anthropic', en: ['Anthropic'], fr: ['Anthropic'] },
  { id: 'amazon', en: ['Amazon', 'Amazon Web Services'], fr: ['Amazon'] },
  { id: 'inflection-ai', en: ['Inflection', 'Inflection AI'], fr: ['Inflection AI'] },
  { id: 'nvidia', en: ['NVIDIA', 'Nvidia'], fr: ['NVIDIA', 'Nvidia'] },
  { id: 'scale-ai', en: ['Scale AI'], fr: ['Scale AI'] },
  { id: 'adobe', en: ['Adobe'], fr: ['Adobe'] },
  { id: 'palantir', en: ['Palantir'], fr: ['Palantir'] },
  { id: 'salesforce', en: ['Salesforce'], fr: ['Salesforce'] },
];
