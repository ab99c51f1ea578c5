const SCHEMA_VERSION = 1;
function skippedSection(extra) {
    return { status: 'skipped', findings: [], ...extra };
}

export { SCHEMA_VERSION as S, skippedSection as s };
