import * as cache from '@actions/cache'
import type { BlobCache } from '../core/cache.js'

/**
 * Remote snapshot files in the GitHub Actions cache, keyed by their sha256. Outside GitHub (or
 * when the service is down) every call is a quiet miss, so the audit downloads instead.
 * Pass it to the audit as `snapshotCache`.
 */
export class ActionsCache implements BlobCache {
  readonly name = 'GitHub Actions cache'

  async restore(key: string, dest: string): Promise<boolean> {
    if (!cache.isFeatureAvailable()) return false
    try {
      return (await cache.restoreCache([dest], key)) !== undefined
    } catch {
      return false
    }
  }

  async save(key: string, file: string): Promise<void> {
    if (!cache.isFeatureAvailable()) return
    try {
      await cache.saveCache([file], key)
    } catch {
      // Another job saved the same key first, or the service is unavailable: nothing to do.
    }
  }
}
