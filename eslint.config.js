// Lint: typescript-eslint's recommended rules everywhere, and a hard wall around `scoring/`: the engine is pure
// (../shared/ARCHITECTURE.md), so extension APIs, React and DOM globals are errors there.
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch', 'chrome', 'browser', 'CSS', 'requestIdleCallback'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.scratch/**', 'coverage/**', 'dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is rendered as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text is rendered as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Page text is rendered as text, never as HTML.' },
      ],
    },
  },
  {
    files: ['scoring/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'scoring/ is pure: the document is an argument, no browser APIs.' }))],
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'react', 'react-dom', 'react/*', '../entrypoints/*', '../components/*', '**/entrypoints/**', '**/components/**'] },
      ],
    },
  },
);
