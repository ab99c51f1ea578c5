// pyproject.toml: PEP 621 dependencies and extras, PEP 735 groups, Poetry's tables.
import { parsePyproject } from '../python.js'
import { endsWithName, type DependencyFormat } from './format.js'

export const pyproject: DependencyFormat<'pyproject.toml'> = {
  name: 'pyproject.toml',
  ecosystem: 'python',
  isLock: false,
  matches: base => endsWithName(base, 'pyproject.toml'),
  discover: /^pyproject\.toml$/,
  example: 'pyproject.toml',
  parse: parsePyproject,
  // Poetry's tables take a bare version (`numpy = "1.26.4"`); PEP 621 lists take `numpy==1.26.4`.
  pinText: p =>
    p.group && !p.group.startsWith('optional') && !p.group.startsWith('group')
      ? `"${p.installed}"`
      : undefined
}
