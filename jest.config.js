// Jest in ESM mode through ts-jest: the @actions/* packages are ESM-only.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } }
    ]
  },
  // A cache per checkout: several worktrees share node_modules, and a shared cache mixes them up.
  cacheDirectory: '<rootDir>/.jest-cache',
  testTimeout: 120000,
  verbose: false
}
