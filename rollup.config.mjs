// Two bundles from one engine: the action's entry and the command-line tool.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

const plugins = () => [
  typescript({
    tsconfig: 'tsconfig.build.json',
    outDir: 'dist',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    noEmitOnError: true
  }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json()
]

// Circular imports inside dependencies and `this` at module top level are harmless for Node.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return
  warn(warning)
}

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', sourcemap: false, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn
  },
  {
    // The CLI is split at its dynamic imports: `--help` and `verify` load only the chunks they use.
    // Chunks sit beside cli.js (dist/cli-*.js), where partition-worker.js is found too.
    input: 'src/cli/bin.ts',
    output: {
      dir: 'dist',
      entryFileNames: 'cli.js',
      chunkFileNames: 'cli-[name].js',
      format: 'es',
      sourcemap: false,
      banner: chunk => (chunk.isEntry ? '#!/usr/bin/env node' : '')
    },
    plugins: plugins(),
    onwarn
  },
  {
    // The worker thread that partitions one prediction file while the main thread does the other.
    input: 'src/compare/partition-worker.ts',
    output: { file: 'dist/partition-worker.js', format: 'es', sourcemap: false, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn
  }
]
