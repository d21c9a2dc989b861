/**
 * The rows past a keyset position in a Prisma query ordered by (`field`, id), both in
 * `direction`; an empty condition when there is no position (the first page).
 */
export function pastPosition(
  field: string,
  direction: 'asc' | 'desc',
  position: { at: Date; id: string } | undefined,
) {
  if (!position) return {};
  const past = direction === 'asc' ? 'gt' : 'lt';
  return {
    OR: [
      { [field]: { [past]: position.at } },
      { [field]: position.at, id: { [past]: position.id } },
    ],
  };
}
