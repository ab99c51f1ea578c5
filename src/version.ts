// Kept in step with package.json by a test; bundled into dist/ so the action knows its version.
export const VERSION = '0.1.0'
