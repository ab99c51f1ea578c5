import * as cache from '@actions/cache'
import type { BlobCache } from '../core/cache.js'

/**
 * The core's BlobCache (remote snapshot downloads, keyed by content hash) on the GitHub Actions
 * cache. The core never imports this file: the CLI keeps a local folder, the action passes this.
 */
export interface CacheAdapter extends BlobCache {
  /** Restore `path` saved under exactly `key`; false when there is no such entry or no cache. */
  restore(key: string, path: string): Promise<boolean>
  /** Save `path` under `key`; false when the entry exists already or there is no cache. */
  save(key: string, path: string): Promise<boolean>
}

const NAME = 'GitHub Actions cache'

/** The @actions/cache calls used, replaceable in tests. */
export interface CacheBackend {
  isFeatureAvailable(): boolean
  restoreCache(paths: string[], key: string): Promise<string | undefined>
  saveCache(paths: string[], key: string): Promise<number>
}

const noCache: CacheAdapter = { name: NAME, restore: async () => false, save: async () => false }

/**
 * The GitHub Actions cache, or a cache that holds nothing where the service does not exist (a
 * local run, GHES without it): outside GitHub restoreCache would retry for about 10 s before
 * giving up, so availability is checked first. Cache failures never fail the audit.
 */
export function actionsCache(
  warn: (message: string) => void = () => {},
  backend: CacheBackend = cache
): CacheAdapter {
  if (!backend.isFeatureAvailable()) return noCache
  return {
    name: NAME,
    async restore(key, path) {
      try {
        return (await backend.restoreCache([path], key)) === key
      } catch (error) {
        warn(`cache restore of ${key} failed: ${(error as Error).message}`)
        return false
      }
    },
    async save(key, path) {
      try {
        return (await backend.saveCache([path], key)) !== -1
      } catch (error) {
        // ReserveCacheError: another job saved the same key first, which is as good.
        if ((error as Error).name !== 'ReserveCacheError')
          warn(`cache save of ${key} failed: ${(error as Error).message}`)
        return false
      }
    }
  }
}
