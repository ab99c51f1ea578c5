// Side files that become current together with their manifest. They are written into a private
// staging folder, which is renamed to a name made from its content; then the manifest that names
// that folder replaces the old one in one rename. Before the switch the old manifest still names
// the old folder; after it the new manifest names a complete new one. What an interrupted run
// leaves (staging folders, temporary files, folders no manifest names) is recognisable by name
// and removed by the next writer.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { hashFile } from './files.js'

/** Our temporary names: `.tmp-<pid>-<time>` (staging folders) and `<file>.tmp-<pid>-<time>`. */
const TEMP = /\.tmp-(\d+)-\d+$/
/** A sealed set: 16 hex digits of the sha256 of its listing. */
export const SET_NAME = /^[0-9a-f]{16}$/

/** A fresh, empty staging folder inside `parent`. */
export async function stageFolder(parent: string): Promise<string> {
  await fs.mkdir(parent, { recursive: true })
  const dir = path.join(parent, `.tmp-${process.pid}-${Date.now()}`)
  await fs.mkdir(dir)
  return dir
}

/** Every regular file under `dir`, as sorted forward-slash paths relative to it. */
async function filesUnder(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = []
  for (const d of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
    const name = rel ? `${rel}/${d.name}` : d.name
    if (d.isDirectory()) out.push(...(await filesUnder(dir, name)))
    else if (d.isFile()) out.push(name)
  }
  return out.sort()
}

/**
 * Name the staging folder by its content and move it into place: identical content gets the
 * same name, so an unchanged set is left as it is. Returns the set's name.
 */
export async function sealFolder(staging: string): Promise<string> {
  let listing = ''
  for (const name of await filesUnder(staging))
    listing += `${name} ${(await hashFile(path.join(staging, name))).sha256}\n`
  const id = createHash('sha256').update(listing).digest('hex').slice(0, 16)
  const target = path.join(path.dirname(staging), id)
  const existing = await fs.lstat(target).catch(() => undefined)
  // Something that is not a folder under our name (a link, perhaps leading out) is replaced.
  if (existing && !existing.isDirectory()) await fs.rm(target)
  try {
    await fs.rename(staging, target)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
    await fs.rm(staging, { recursive: true, force: true })
  }
  return id
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A temporary file or folder of ours whose process is gone. */
export function staleTemp(name: string): boolean {
  const m = TEMP.exec(name)
  return m !== null && !alive(Number(m[1]))
}

/**
 * Remove what is ours and no longer current under `parent`: stale temporary files and staging
 * folders, sealed sets other than `keep`, and files `stray(rel)` recognises; then empty folders.
 * Links are never followed.
 */
export async function removeStale(
  parent: string,
  keep: ReadonlySet<string> | 'all',
  stray: (rel: string) => boolean = () => false
): Promise<void> {
  const walk = async (rel: string): Promise<boolean> => {
    let entries
    try {
      entries = await fs.readdir(path.join(parent, rel), { withFileTypes: true })
    } catch {
      return false
    }
    let left = entries.length
    for (const d of entries) {
      const name = rel ? `${rel}/${d.name}` : d.name
      const abs = path.join(parent, name)
      const sealed = !rel && d.isDirectory() && SET_NAME.test(d.name)
      if (
        (sealed && keep !== 'all' && !keep.has(d.name)) ||
        staleTemp(d.name) ||
        (d.isFile() && stray(name))
      ) {
        await fs.rm(abs, { recursive: true, force: true })
        left--
      } else if (keep !== 'all' && d.isDirectory() && !sealed && !TEMP.test(d.name) && (await walk(name))) {
        await fs.rmdir(abs).catch(() => {})
        left--
      }
    }
    return rel !== '' && left === 0
  }
  await walk('')
}

/** Remove stale `<name>.tmp-<pid>-<time>` files beside `file` (left by an interrupted atomic write). */
export async function removeStaleBeside(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.tmp-`
  let names: string[]
  try {
    names = await fs.readdir(path.dirname(file))
  } catch {
    return
  }
  for (const name of names)
    if (name.startsWith(prefix) && staleTemp(name))
      await fs.rm(path.join(path.dirname(file), name), { force: true })
}
