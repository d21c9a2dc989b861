/** A row a foreign key guarantees, loaded for a field resolver. */
export async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  // Foreign keys make this unreachable: if it happens it is our bug, reported as an internal error.
  if (!found) throw new Error(`${what} behind a foreign key is missing`);
  return found;
}
