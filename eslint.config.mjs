import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', 'next-env.d.ts', 'db/migrations/**', 'test-results/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is the framework-free domain core: it runs in tests, scripts and route handlers alike.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['next', 'next/*', 'react', 'react-dom', 'react/*'], message: 'lib/ must not depend on Next or React.' },
            { group: ['@/db', '@/db/*', '@/app/*', '@/components/*'], message: 'lib/ must not import db/, app/ or components/.' },
          ],
        },
      ],
    },
  },
];

export default config;
