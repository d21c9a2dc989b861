import { PrismaClient } from '@park/platform/database';

export interface Column<Row> {
  name: string;
  /** PostgreSQL type of one value, e.g. `uuid`, `"StakeholderKind"`, `text[]`. */
  type: string;
  value: (row: Row) => unknown;
}

const BATCH = 5_000;

/**
 * INSERT … SELECT FROM unnest(...) ON CONFLICT DO NOTHING, in batches: one statement per
 * 5,000 rows. Array-valued columns travel as JSON text, since unnest would flatten them.
 * Returns how many rows were new.
 */
export async function bulkInsert<Row>(
  prisma: PrismaClient,
  table: string,
  columns: Column<Row>[],
  rows: Row[],
): Promise<number> {
  const inputs = columns.map((column, index) => {
    const param = `$${index + 1}`;
    if (!column.type.endsWith('[]'))
      return { param: `${param}::${column.type}[]`, select: `c${index}` };
    const element = column.type.slice(0, -2);
    return {
      param: `${param}::text[]`,
      select: `ARRAY(SELECT jsonb_array_elements_text(c${index}::jsonb))::${element}[]`,
    };
  });
  const sql =
    `INSERT INTO "${table}" (${columns.map((column) => `"${column.name}"`).join(', ')}) ` +
    `SELECT ${inputs.map((input) => input.select).join(', ')} ` +
    `FROM unnest(${inputs.map((input) => input.param).join(', ')}) ` +
    `AS t(${columns.map((_, index) => `c${index}`).join(', ')}) ON CONFLICT DO NOTHING`;

  let inserted = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const values = columns.map((column) =>
      batch.map((row) => {
        const value = column.value(row);
        return column.type.endsWith('[]') ? JSON.stringify(value) : value;
      }),
    );
    inserted += await prisma.$executeRawUnsafe(sql, ...values);
  }
  return inserted;
}
