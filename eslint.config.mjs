import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      'node_modules/**',
      'coverage/**',
      '**/.repro-audit/**',
      'src/**/*.generated.js'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'Buffer',
          'URL',
          'URLSearchParams',
          'performance',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'setImmediate',
          'AbortController',
          'AbortSignal',
          'TextDecoder',
          'TextEncoder',
          'fetch',
          'structuredClone',
          'queueMicrotask'
        ].map(name => [name, 'readonly'])
      )
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off'
    }
  },
  {
    // The core never imports GitHub code: only src/github and the action entry may.
    files: ['src/**/*.ts'],
    ignores: ['src/github/**', 'src/index.ts', 'src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@octokit/*'],
              message: 'The core must not import GitHub code; keep it in src/github.'
            }
          ]
        }
      ]
    }
  }
)
