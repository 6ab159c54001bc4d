/** Copies a `Map` of tags into a plain object whose keys are own data properties, whatever their names. */
export function tagsToObject(tags: ReadonlyMap<string, string>): Record<string, string> {
  // Most resources have no tags; Object.fromEntries of an empty Map still pays for the iterator protocol.
  return tags.size === 0 ? {} : Object.fromEntries(tags);
}

/** Reads a tag object (as decoded from JSON) into a `Map`, keeping only own properties. */
export function tagsFromObject(tags: Readonly<Record<string, string>> | undefined): Map<string, string> {
  return new Map(tags === undefined ? [] : Object.entries(tags));
}
