// npm's package-lock.json (v1–v3) and npm-shrinkwrap.json.
import { parsePackageLock } from '../npm.js'
import { endsWithName, type DependencyFormat } from './format.js'

export const packageLock: DependencyFormat<'package-lock.json'> = {
  name: 'package-lock.json',
  ecosystem: 'npm',
  isLock: true,
  locks: ['package.json'],
  matches: base => endsWithName(base, 'package-lock.json') || endsWithName(base, 'npm-shrinkwrap.json'),
  discover: /^(package-lock|npm-shrinkwrap)\.json$/,
  example: 'package-lock.json',
  parse: parsePackageLock
}
