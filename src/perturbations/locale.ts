import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { definePerturbation } from './perturbation.js'

const execFileAsync = promisify(execFile)

export const locale = definePerturbation({
  name: 'locale',
  what: 'locale',
  cause: 'changes with the locale (LC_ALL): parsing, formatting or sorting depends on it',
  reachesBuiltin: false,
  plan: async ({ env }) => {
    const name = pickLocale((await installedLocales(env.LOCPATH)) ?? [])
    if (!name) return { notTried: 'no locale other than C or POSIX is installed on this machine' }
    return { change: { varied: `LC_ALL=${name}`, env: { LC_ALL: name, LANG: name } } }
  }
})

/** Where glibc keeps compiled locales: one archive, and folders beside it. */
const LOCALE_DIR = '/usr/lib/locale'

/**
 * The locales a run can use, as `locale -a` lists them, read from glibc's files rather than by
 * starting `locale`: the folders of LOCPATH when it is set (glibc then reads only those), else the
 * locale archive and the folders beside it. Elsewhere (not glibc) `locale -a` is asked.
 */
export async function installedLocales(locpath?: string): Promise<string[] | undefined> {
  const dirs = locpath ? locpath.split(':').filter(Boolean) : [LOCALE_DIR]
  const found = new Set<string>(locpath ? [] : await archiveNames(path.join(LOCALE_DIR, 'locale-archive')))
  let anyDir = false
  for (const dir of dirs) {
    const names = await fs.readdir(dir).catch(() => undefined)
    if (!names) continue
    anyDir = true
    for (const name of names)
      if (
        await fs.access(path.join(dir, name, 'LC_CTYPE')).then(
          () => true,
          () => false
        )
      )
        found.add(name)
  }
  if (anyDir || found.size) return [...found].sort()
  try {
    return (await execFileAsync('locale', ['-a'])).stdout
      .split('\n')
      .map(s => s.trim())
      .filter(Boolean)
  } catch {
    return undefined
  }
}

const ARCHIVE_MAGIC = 0xde020109

/** The locale names in a glibc locale archive (its header, name table and strings only). */
export async function archiveNames(file: string): Promise<string[]> {
  const handle = await fs.open(file, 'r').catch(() => undefined)
  if (!handle) return []
  try {
    const read = async (offset: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(length)
      const { bytesRead } = await handle.read(buffer, 0, length, offset)
      return buffer.subarray(0, bytesRead)
    }
    const head = await read(0, 32)
    // The archive is written in the machine's byte order; the magic number tells which.
    const little = head.length === 32 && head.readUInt32LE(0) === ARCHIVE_MAGIC
    if (!little && !(head.length === 32 && head.readUInt32BE(0) === ARCHIVE_MAGIC)) return []
    const u32 = (b: Buffer, at: number): number => (little ? b.readUInt32LE(at) : b.readUInt32BE(at))
    const [hashOffset, hashSize, stringOffset, stringUsed] = [
      u32(head, 8),
      u32(head, 16),
      u32(head, 20),
      u32(head, 24)
    ]
    if (hashSize > 1 << 20 || stringUsed > 1 << 24) return []
    const table = await read(hashOffset, hashSize * 12)
    const strings = await read(stringOffset, stringUsed)
    const names: string[] = []
    for (let at = 0; at + 12 <= table.length; at += 12) {
      const nameOffset = u32(table, at + 4)
      if (nameOffset === 0 || u32(table, at + 8) === 0) continue // an empty or deleted slot
      const start = nameOffset - stringOffset
      const end = strings.indexOf(0, start)
      if (start >= 0 && end > start) names.push(strings.toString('latin1', start, end))
    }
    return names
  } finally {
    await handle.close()
  }
}

/** An installed locale other than C/POSIX, preferring ones that write decimals with a comma. */
export function pickLocale(names: string[]): string | undefined {
  const usable = names.filter(n => !/^(C|POSIX)(\.|$)/i.test(n))
  const comma = ['de_DE', 'fr_FR', 'nl_NL', 'es_ES', 'it_IT', 'pt_BR', 'ru_RU', 'tr_TR']
  for (const prefix of comma) {
    const hit = usable.find(n => n.startsWith(prefix) && /utf-?8/i.test(n))
    if (hit) return hit
  }
  return usable.find(n => /utf-?8/i.test(n)) ?? usable[0]
}
