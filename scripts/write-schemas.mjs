#!/usr/bin/env node
// Publish the config's JSON Schema (defined in src/config/schema.ts) as schema/repro-config.schema.json.
// Run after `npm run build`; a test checks that the committed file matches.
import { writeFileSync, mkdirSync } from 'node:fs'
import { CONFIG_SCHEMA } from '../build/config/schema.js'

mkdirSync('schema', { recursive: true })
writeFileSync('schema/repro-config.schema.json', JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n')
console.log('wrote schema/repro-config.schema.json')
