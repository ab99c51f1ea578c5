import { S as SECTION_KEYS } from './cli-result.js';

const AGGREGATE_SCHEMA_VERSION = 1;
const CHECK_KEYS = SECTION_KEYS;

export { AGGREGATE_SCHEMA_VERSION as A, CHECK_KEYS as C };
