import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// Math functions whose last bit ECMAScript leaves to the runtime (V8 changed Math.pow between Node 20
// and Node 24). The engine uses src/core/detmath.ts instead; Math.sqrt, abs, floor and the like are exact.
const RUNTIME_DEPENDENT_MATH = [
  'pow',
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'cbrt',
  'hypot',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh'
]

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
  },
  {
    // Functions stay small enough to read in one go (new code aims at 80 lines).
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }]
    }
  },
  {
    // The built-in engine, the comparison and the lock's statistics give the same bits on every runtime: no runtime-chosen
    // elementary functions there, and no `**` (which is Math.pow).
    files: ['src/pipeline/**/*.ts', 'src/compare/**/*.ts', 'src/snapshot/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...RUNTIME_DEPENDENT_MATH.map(property => ({
          object: 'Math',
          property,
          message: `Math.${property} may differ between runtimes; use the functions of src/core/detmath.ts.`
        }))
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
          message:
            '`**` is Math.pow, which may differ between runtimes; use pow from src/core/detmath.ts, or x * x.'
        }
      ]
    }
  }
)
