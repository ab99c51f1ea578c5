// npm's package.json: dependencies, devDependencies, optional and peer dependencies.
import { parsePackageJson } from '../npm.js'
import { endsWithName, type DependencyFormat } from './format.js'

export const packageJson: DependencyFormat<'package.json'> = {
  name: 'package.json',
  ecosystem: 'npm',
  isLock: false,
  matches: base => endsWithName(base, 'package.json'),
  discover: /^package\.json$/,
  example: 'package.json',
  parse: parsePackageJson
}
