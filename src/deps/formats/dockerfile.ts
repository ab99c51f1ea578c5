// Dockerfile FROM lines: base images by tag or digest.
import { parseDockerfile } from '../docker.js'
import type { DependencyFormat } from './format.js'

export const dockerfile: DependencyFormat<'Dockerfile'> = {
  name: 'Dockerfile',
  ecosystem: 'docker',
  isLock: false,
  matches: base =>
    /^(docker|container)file$/.test(base) ||
    base.endsWith('.dockerfile') ||
    /^(docker|container)file\./.test(base),
  discover: /^(docker|container)file$/,
  example: 'Dockerfile',
  parse: text => parseDockerfile(text)
}
