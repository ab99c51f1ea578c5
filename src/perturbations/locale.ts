import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { definePerturbation } from './perturbation.js'

const execFileAsync = promisify(execFile)

export const locale = definePerturbation({
  name: 'locale',
  what: 'locale',
  cause: 'changes with the locale (LC_ALL): parsing, formatting or sorting depends on it',
  reachesBuiltin: false,
  plan: async () => {
    const name = await otherLocale()
    if (!name) return { notTried: 'no locale other than C or POSIX is installed on this machine' }
    return { change: { varied: `LC_ALL=${name}`, env: { LC_ALL: name, LANG: name } } }
  }
})

/** An installed locale other than C/POSIX, preferring ones that write decimals with a comma. */
async function otherLocale(): Promise<string | undefined> {
  let names: string[]
  try {
    names = (await execFileAsync('locale', ['-a'])).stdout
      .split('\n')
      .map(s => s.trim())
      .filter(Boolean)
  } catch {
    return undefined
  }
  const usable = names.filter(n => !/^(C|POSIX)(\.|$)/i.test(n))
  const comma = ['de_DE', 'fr_FR', 'nl_NL', 'es_ES', 'it_IT', 'pt_BR', 'ru_RU', 'tr_TR']
  for (const prefix of comma) {
    const hit = usable.find(n => n.startsWith(prefix) && /utf-?8/i.test(n))
    if (hit) return hit
  }
  return usable.find(n => /utf-?8/i.test(n)) ?? usable[0]
}
