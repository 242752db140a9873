// Lint rules. Beyond the recommended sets, this bans every way data could
// become markup or code: the extension runs on every page the user opens, so
// an HTML sink fed with dataset or page text would be a script-injection hole.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const htmlSinkMessage =
  'HTML/code sinks are banned: build DOM nodes or Preact elements, never markup strings.';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      '.cache/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: htmlSinkMessage },
        { property: 'outerHTML', message: htmlSinkMessage },
        { property: 'insertAdjacentHTML', message: htmlSinkMessage },
        { property: 'createContextualFragment', message: htmlSinkMessage },
        { object: 'document', property: 'write', message: htmlSinkMessage },
        { object: 'document', property: 'writeln', message: htmlSinkMessage },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: htmlSinkMessage,
        },
      ],
    },
  },
);
