/** What an open-data file is: its rows, where they come from, and what each column means. */

export interface Bilingual {
  ko: string;
  en: string;
}

/** `list`: several values, `;`-separated in CSV, an array in JSON. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'list';

export interface Column {
  name: string;
  type: ColumnType;
  meaning: Bilingual;
  /** Where the value comes from: the table and column (or how it is computed). */
  source: string;
}

export type Row = Record<string, unknown>;

/** How fresh a dataset is, from one cheap statement: for ETag and Last-Modified. */
export interface Freshness {
  count: number;
  modified: Date | null;
  /** Anything else that changes when the rows do (a digest of rows with no update time). */
  digest?: string;
}

export interface Dataset {
  name: string;
  title: Bilingual;
  description: Bilingual;
  columns: readonly Column[];
  freshness(): Promise<Freshness>;
  /** The rows in batches, read from the database one batch at a time. */
  batches(): AsyncIterable<Row[]>;
}

export const column = (
  name: string,
  type: ColumnType,
  ko: string,
  en: string,
  source: string,
): Column => ({ name, type, meaning: { ko, en }, source });
