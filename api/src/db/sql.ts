/**
 * knex expands a JS array binding into `?, ?, …`; `= any(?::uuid[])` needs one array literal.
 * Only for UUIDs and plain identifiers (no quoting needed).
 */
export function uuidArray(ids: Iterable<string>): string {
  return `{${[...ids].join(',')}}`;
}
