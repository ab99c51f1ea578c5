/**
 * A path glob as a regular expression over forward-slash paths: `*` and `?` stay within one
 * folder, `**` spans folders (and `**\/` may match no folder at all).
 */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** The folder part of a glob before its first wildcard (`data/**\/*.csv` → `data`), or `.`. */
function globBase(glob) {
    const fixed = [];
    for (const part of glob.split('/')) {
        if (/[*?[]/.test(part))
            break;
        fixed.push(part);
    }
    return fixed.join('/') || '.';
}

export { globToRegExp as a, globBase as g };
