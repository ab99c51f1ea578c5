import { promises as fs } from 'node:fs'
import path from 'node:path'
import { copyFileAtomic } from './files.js'

/**
 * A store of immutable files keyed by their content hash. The CLI uses a local folder; the action
 * can implement this with @actions/cache (src/github), which the core never imports.
 */
export interface BlobCache {
  /** Where the blobs go, for messages: a folder, or "GitHub Actions cache". */
  readonly name: string
  /** Copy the blob stored under `key` to `dest`; false when the cache does not hold it. */
  restore(key: string, dest: string): Promise<boolean>
  /** Store `file` under `key`; false when the cache cannot store it now (never an error). */
  save(key: string, file: string): Promise<boolean>
}

/** A cache in a local folder: one file per key. */
export class FolderCache implements BlobCache {
  constructor(readonly dir: string) {}

  get name(): string {
    return this.dir
  }

  async restore(key: string, dest: string): Promise<boolean> {
    const file = this.fileFor(key)
    try {
      await fs.access(file)
    } catch {
      return false
    }
    if (path.resolve(file) !== path.resolve(dest)) await copyFileAtomic(file, dest)
    return true
  }

  async save(key: string, file: string): Promise<boolean> {
    const target = this.fileFor(key)
    if (path.resolve(file) !== path.resolve(target)) await copyFileAtomic(file, target)
    return true
  }

  fileFor(key: string): string {
    return path.join(this.dir, key.replace(/[^A-Za-z0-9._-]/g, '_'))
  }
}
