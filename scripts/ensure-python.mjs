#!/usr/bin/env node
// The tests run real scikit-learn pipelines with Debian's Python, the clock perturbation with
// libfaketime (Debian's faketime), and the locale perturbation with a locale compiled from glibc's
// sources (Debian's locales). Install what is missing, once, so `npm test` works on a fresh
// machine; a machine that already has it pays one import.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const PYTHON = process.env.REPRO_AUDIT_TEST_PYTHON ?? '/usr/bin/python3'
const PACKAGES = ['python3-sklearn', 'python3-pandas', 'faketime', 'locales']

function hasModules() {
  return spawnSync(PYTHON, ['-c', 'import sklearn, pandas'], { stdio: 'ignore' }).status === 0
}

function hasFaketime() {
  return spawnSync('faketime', ['-f', '+1d', 'true'], { stdio: 'ignore' }).status === 0
}

function hasLocaleSources() {
  return existsSync('/usr/share/i18n/locales/de_DE') && existsSync('/usr/share/i18n/charmaps/UTF-8.gz')
}

if (hasModules() && hasFaketime() && hasLocaleSources()) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
if (!hasApt) {
  console.error(
    `ensure-python: ${PYTHON} lacks scikit-learn/pandas and there is no apt-get; install ${PACKAGES.join(' ')} or set REPRO_AUDIT_TEST_PYTHON`
  )
  process.exit(2)
}
const sudo = isRoot ? [] : ['sudo']
console.error(`ensure-python: installing ${PACKAGES.join(' ')} with apt-get (one time)`)
const run = args =>
  execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
run(['apt-get', 'update', '-qq'])
run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...PACKAGES])
if (!hasModules() || !hasFaketime() || !hasLocaleSources()) {
  console.error(
    `ensure-python: ${PYTHON} still cannot import sklearn and pandas, or faketime or glibc's locale sources are missing`
  )
  process.exit(2)
}
