import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Lit directives and imports that defeat Trusted Types or a strict CSP (see DESIGN: security). */
const forbiddenImports = {
  paths: [
    { name: 'lit/directives/unsafe-html.js', message: 'Render text with bindings, never HTML.' },
    { name: 'lit/directives/unsafe-svg.js', message: 'Write the SVG in a template.' },
    { name: 'lit/directives/style-map.js', message: "style-src 'self' blocks inline styles." },
    { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'No unsafeStatic.' },
  ],
  patterns: [
    {
      group: [
        'lit-html/directives/unsafe-*',
        'lit-html/directives/style-map.js',
        'lit-html/static.js',
      ],
      message: 'Import from lit, and not these: unsafe or CSP-breaking.',
    },
  ],
};

const forbiddenSyntax = [
  {
    selector:
      ':not(ImportSpecifier) > Identifier[name=/^(unsafeHTML|unsafeSVG|unsafeStatic|styleMap)$/]',
    message: 'unsafeHTML, unsafeSVG, unsafeStatic and styleMap are not allowed.',
  },
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Do not assign innerHTML/outerHTML: build DOM with templates or textContent.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]',
    message: 'Do not insert HTML strings.',
  },
  {
    selector:
      'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[tail=false][value.raw=/style\\s*=\\s*["\']?[^"\'<>]*$/]',
    message: "No style=${...} bindings: style-src 'self' blocks them. Set styles from script.",
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'test-artifacts/',
      'public/mockServiceWorker.js',
      'src/api/schema.d.ts',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: [
      '*.{js,mjs,cjs,ts}',
      'scripts/**',
      'test/**/*.mjs',
      '.storybook/main.ts',
      'mocks/http-server.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    extends: [
      ...tseslint.configs.recommendedTypeChecked,
      lit.configs['flat/recommended'],
      litA11y.configs.recommended,
      wc.configs['flat/recommended'],
    ],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-imports': ['error', forbiddenImports],
      'no-restricted-syntax': ['error', ...forbiddenSyntax],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.d.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
    rules: {
      'no-restricted-imports': ['error', forbiddenImports],
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'mocks/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
