import type { Client } from 'pg';

/**
 * Compares prisma/schema.prisma (as Prisma's DMMF) with a migrated database's catalog. Both sides
 * are described in the same shape, so `diff` is plain data comparison and easy to test in memory.
 */

// The parts of Prisma's DMMF (`get_dmmf` of @prisma/prisma-schema-wasm) read here.
export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
  uniqueIndexes: { name: string | null; fields: string[] }[];
}

export interface DmmfEnum {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName?: string | null }[];
}

export interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string }[];
}

export interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
}

export interface ColumnShape {
  /** PostgreSQL `format_type` spelling; enums by their bare type name. */
  type: string;
  nullable: boolean;
}

export interface IndexShape {
  columns: string[];
  /** Only set on the schema side when the name is explicit (`map:`). */
  name?: string;
  /** Access method of a normal index: btree, gin, gist, hash, … */
  method?: string;
  partial?: boolean;
}

export interface ForeignKeyShape {
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: IndexShape | null;
  uniques: IndexShape[];
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}

export interface DatabaseShape {
  tables: Record<string, TableShape>;
  enums: Record<string, string[]>;
}

// ---------------------------------------------------------------------------------------------
// Schema side

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Boolean: 'boolean',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

const args = (values: string[]): string => (values.length ? `(${values.join(',')})` : '');

// Prisma's @db.X attributes for PostgreSQL, spelled as format_type() prints them.
const NATIVE_TYPES: Record<string, (values: string[]) => string> = {
  Text: () => 'text',
  VarChar: (v) => `character varying${args(v)}`,
  Char: (v) => `character${args(v)}`,
  Citext: () => 'citext',
  Uuid: () => 'uuid',
  Xml: () => 'xml',
  Inet: () => 'inet',
  Bit: (v) => `bit${args(v)}`,
  VarBit: (v) => `bit varying${args(v)}`,
  Boolean: () => 'boolean',
  SmallInt: () => 'smallint',
  Integer: () => 'integer',
  BigInt: () => 'bigint',
  Oid: () => 'oid',
  Real: () => 'real',
  DoublePrecision: () => 'double precision',
  Decimal: (v) => `numeric${args(v)}`,
  Money: () => 'money',
  Date: () => 'date',
  Time: (v) => `time${args(v)} without time zone`,
  Timetz: (v) => `time${args(v)} with time zone`,
  Timestamp: (v) => `timestamp${args(v)} without time zone`,
  Timestamptz: (v) => `timestamp${args(v)} with time zone`,
  Json: () => 'json',
  JsonB: () => 'jsonb',
  ByteA: () => 'bytea',
};

// Prisma's defaults when a relation has no explicit referential action.
const defaultOnDelete = (relation: DmmfField): string =>
  relation.isRequired ? 'Restrict' : 'SetNull';
const DEFAULT_ON_UPDATE = 'Cascade';

const tableName = (model: DmmfModel): string => model.dbName ?? model.name;
const columnName = (field: DmmfField): string => field.dbName ?? field.name;
const enumName = (item: DmmfEnum): string => item.dbName ?? item.name;

function columnsOf(model: DmmfModel, fieldNames: string[]): string[] {
  return fieldNames.map((name) => {
    const field = model.fields.find((candidate) => candidate.name === name);
    if (!field) throw new Error(`schema-drift: ${model.name} has no field ${name}`);
    return columnName(field);
  });
}

function scalarType(field: DmmfField): string {
  if (!field.nativeType) {
    const type = SCALAR_TYPES[field.type];
    if (!type) throw new Error(`schema-drift: no PostgreSQL type known for ${field.type}`);
    return type;
  }
  const [native, values] = field.nativeType;
  const render = NATIVE_TYPES[native];
  if (!render) throw new Error(`schema-drift: no PostgreSQL type known for @db.${native}`);
  return render(values);
}

function columnShape(field: DmmfField, enums: DmmfEnum[]): ColumnShape {
  const enumType = enums.find((item) => item.name === field.type);
  const base = field.kind === 'enum' && enumType ? enumName(enumType) : scalarType(field);
  // Prisma creates list columns without NOT NULL, even though `T[]` is "required".
  return { type: field.isList ? `${base}[]` : base, nullable: field.isList || !field.isRequired };
}

function indexShape(model: DmmfModel, index: DmmfIndex): IndexShape {
  const fields = index.fields.map((field) => field.name);
  const shape: IndexShape = { columns: columnsOf(model, fields) };
  if (index.dbName) shape.name = index.dbName;
  if (index.type === 'normal') shape.method = (index.algorithm ?? 'BTree').toLowerCase();
  return shape;
}

function primaryKeyOf(model: DmmfModel, indexes: DmmfIndex[]): IndexShape | null {
  const declared = indexes.find((index) => index.type === 'id');
  if (declared) return indexShape(model, declared);
  const fields = model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name);
  return fields.length ? { columns: columnsOf(model, fields) } : null;
}

/** `datamodel.indexes` has @unique and @@unique; the field/model lists are a safety net. */
function uniquesOf(model: DmmfModel, indexes: DmmfIndex[]): IndexShape[] {
  const uniques = indexes.filter((i) => i.type === 'unique').map((i) => indexShape(model, i));
  const fieldSets = [
    ...model.fields.filter((field) => field.isUnique).map((field) => [field.name]),
    ...model.uniqueIndexes.map((unique) => unique.fields),
  ];
  for (const fields of fieldSets) {
    const columns = columnsOf(model, fields);
    if (!uniques.some((unique) => sameList(unique.columns, columns))) uniques.push({ columns });
  }
  return uniques;
}

function foreignKeysOf(model: DmmfModel, models: DmmfModel[]): ForeignKeyShape[] {
  return model.fields
    .filter((field) => field.kind === 'object' && field.relationFromFields?.length)
    .map((relation) => {
      const target = models.find((candidate) => candidate.name === relation.type);
      if (!target) throw new Error(`schema-drift: ${model.name}.${relation.name}: no model`);
      return {
        columns: columnsOf(model, relation.relationFromFields ?? []),
        refTable: tableName(target),
        refColumns: columnsOf(target, relation.relationToFields ?? []),
        onDelete: relation.relationOnDelete ?? defaultOnDelete(relation),
        onUpdate: relation.relationOnUpdate ?? DEFAULT_ON_UPDATE,
      };
    });
}

function describeModel(model: DmmfModel, dmmf: Dmmf): TableShape {
  const { models, enums } = dmmf.datamodel;
  const indexes = dmmf.datamodel.indexes.filter((index) => index.model === model.name);
  const columns = model.fields
    .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
    .map((field) => [columnName(field), columnShape(field, enums)] as const);
  return {
    columns: Object.fromEntries(columns),
    primaryKey: primaryKeyOf(model, indexes),
    uniques: uniquesOf(model, indexes),
    indexes: indexes.filter((i) => i.type === 'normal').map((i) => indexShape(model, i)),
    foreignKeys: foreignKeysOf(model, models),
  };
}

/** What the migrated database must look like according to the Prisma schema. */
export function describeSchema(dmmf: Dmmf): DatabaseShape {
  const { models, enums } = dmmf.datamodel;
  return {
    tables: Object.fromEntries(
      models.map((model) => [tableName(model), describeModel(model, dmmf)]),
    ),
    enums: Object.fromEntries(
      enums.map((item) => [enumName(item), item.values.map((value) => value.dbName ?? value.name)]),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Database side

const PRISMA_BOOKKEEPING = '_prisma_migrations';

// format_type() quotes mixed-case names ("UserRole"): enums use the bare type name instead.
const COLUMNS_SQL = `
  SELECT c.relname AS table, a.attname AS column, NOT a.attnotnull AS nullable,
    CASE
      WHEN t.typtype = 'e' THEN t.typname::text
      WHEN e.typtype = 'e' THEN e.typname || '[]'
      ELSE format_type(a.atttypid, a.atttypmod)
    END AS type
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
  ORDER BY c.relname, a.attnum`;

const TABLES_SQL = `
  SELECT c.relname AS table
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1`;

const ENUMS_SQL = `
  SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_enum e ON e.enumtypid = t.oid
  WHERE n.nspname = 'public'
  GROUP BY t.typname`;

// Key columns only (not INCLUDE ones), in index order; expressions show as "(expression)".
const INDEXES_SQL = `
  SELECT c.relname AS table, i.relname AS name, x.indisunique AS unique,
    x.indisprimary AS primary, x.indpred IS NOT NULL AS partial, am.amname AS method,
    ARRAY(
      SELECT coalesce(a.attname::text, '(expression)')
      FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
      LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
      WHERE k.ord <= x.indnkeyatts
      ORDER BY k.ord
    ) AS columns
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class c ON c.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_am am ON am.oid = i.relam
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
    AND NOT x.indisexclusion`;

const FOREIGN_KEYS_SQL = `
  SELECT c.relname AS table, r.relname AS ref_table,
    con.confdeltype AS on_delete, con.confupdtype AS on_update,
    ARRAY(
      SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord
    ) AS columns,
    ARRAY(
      SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord
    ) AS ref_columns
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid
  JOIN pg_class r ON r.oid = con.confrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE con.contype = 'f' AND n.nspname = 'public' AND c.relname <> $1`;

// pg_constraint.confdeltype / confupdtype codes, named as Prisma names referential actions.
const REFERENTIAL_ACTIONS: Record<string, string> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

interface ColumnRow {
  table: string;
  column: string;
  nullable: boolean;
  type: string;
}

interface IndexRow {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  partial: boolean;
  method: string;
  columns: string[];
}

interface ForeignKeyRow {
  table: string;
  ref_table: string;
  on_delete: string;
  on_update: string;
  columns: string[];
  ref_columns: string[];
}

const emptyTable = (): TableShape => ({
  columns: {},
  primaryKey: null,
  uniques: [],
  indexes: [],
  foreignKeys: [],
});

function addIndex(table: TableShape, row: IndexRow): void {
  const shape: IndexShape = { columns: row.columns, name: row.name, partial: row.partial };
  if (row.primary) table.primaryKey = shape;
  else if (row.unique) table.uniques.push(shape);
  else table.indexes.push({ ...shape, method: row.method });
}

const referentialAction = (code: string): string => REFERENTIAL_ACTIONS[code] ?? `unknown(${code})`;

/** What the connected database looks like, in schema `public`, without Prisma's bookkeeping. */
export async function describeDatabase(client: Client): Promise<DatabaseShape> {
  // One client runs one query at a time, so these are sequential.
  const params = [PRISMA_BOOKKEEPING];
  const tableRows = await client.query<{ table: string }>(TABLES_SQL, params);
  const columnRows = await client.query<ColumnRow>(COLUMNS_SQL, params);
  const indexRows = await client.query<IndexRow>(INDEXES_SQL, params);
  const foreignKeyRows = await client.query<ForeignKeyRow>(FOREIGN_KEYS_SQL, params);
  const enumRows = await client.query<{ name: string; labels: string[] }>(ENUMS_SQL);
  const tables = Object.fromEntries(tableRows.rows.map((row) => [row.table, emptyTable()]));
  for (const row of columnRows.rows) {
    tables[row.table].columns[row.column] = { type: row.type, nullable: row.nullable };
  }
  for (const row of indexRows.rows) addIndex(tables[row.table], row);
  for (const row of foreignKeyRows.rows) {
    tables[row.table].foreignKeys.push({
      columns: row.columns,
      refTable: row.ref_table,
      refColumns: row.ref_columns,
      onDelete: referentialAction(row.on_delete),
      onUpdate: referentialAction(row.on_update),
    });
  }
  return { tables, enums: Object.fromEntries(enumRows.rows.map((row) => [row.name, row.labels])) };
}

// ---------------------------------------------------------------------------------------------
// Comparison

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

const list = (values: readonly string[]): string => `(${values.join(', ')})`;
const column = (shape: ColumnShape): string =>
  `${shape.type} ${shape.nullable ? 'NULL' : 'NOT NULL'}`;
const foreignKey = (fk: ForeignKeyShape): string =>
  `foreign key ${list(fk.columns)} -> ${fk.refTable}${list(fk.refColumns)}`;
const actions = (fk: ForeignKeyShape): string =>
  `ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`;

/** Names missing on one side and present only on the other, with a label for each message. */
function compareKeys(label: string, expected: object, actual: object): string[] {
  const missing = Object.keys(expected).filter((key) => !(key in actual));
  const extra = Object.keys(actual).filter((key) => !(key in expected));
  return [
    ...missing.map((key) => `${label}${key}: missing in the database`),
    ...extra.map((key) => `${label}${key}: in the database but not in the schema`),
  ];
}

function diffColumns(table: string, expected: TableShape, actual: TableShape): string[] {
  const problems = compareKeys(`${table}.`, expected.columns, actual.columns);
  for (const [name, want] of Object.entries(expected.columns)) {
    const have = actual.columns[name];
    if (have && (have.type !== want.type || have.nullable !== want.nullable)) {
      problems.push(`${table}.${name}: schema says ${column(want)}, database has ${column(have)}`);
    }
  }
  return problems;
}

function diffPrimaryKey(table: string, expected: TableShape, actual: TableShape): string[] {
  const want = expected.primaryKey;
  const have = actual.primaryKey;
  const show = (key: IndexShape | null): string => (key ? list(key.columns) : 'none');
  if (!sameList(want?.columns ?? [], have?.columns ?? [])) {
    return [`${table} primary key: schema says ${show(want)}, database has ${show(have)}`];
  }
  if (want?.name && want.name !== have?.name) {
    return [`${table} primary key: schema names it ${want.name}, database has ${have?.name}`];
  }
  return [];
}

/** Matches each declared index to one database index; returns problems and the unmatched rest. */
function matchIndexes(
  label: (index: IndexShape) => string,
  expected: IndexShape[],
  actual: IndexShape[],
  fits: (want: IndexShape, have: IndexShape) => boolean,
): { problems: string[]; unmatched: IndexShape[] } {
  const unmatched = [...actual];
  const problems: string[] = [];
  for (const want of expected) {
    const found = unmatched.findIndex((have) => fits(want, have));
    if (found < 0) {
      problems.push(`${label(want)}: missing in the database`);
      continue;
    }
    const [have] = unmatched.splice(found, 1);
    if (want.name && want.name !== have.name) {
      problems.push(`${label(want)}: schema names it ${want.name}, database has ${have.name}`);
    }
  }
  return { problems, unmatched };
}

function diffUniques(table: string, expected: TableShape, actual: TableShape): string[] {
  const label = (index: IndexShape): string => `${table} unique ${list(index.columns)}`;
  const { problems, unmatched } = matchIndexes(
    label,
    expected.uniques,
    actual.uniques,
    (want, have) => !have.partial && sameList(want.columns, have.columns),
  );
  // Partial unique indexes cannot be written in Prisma, so hand-written ones are allowed.
  const extras = unmatched.filter((have) => !have.partial);
  return [
    ...problems,
    ...extras.map((have) => `${label(have)}: in the database (${have.name}) but not in the schema`),
  ];
}

function diffIndexes(table: string, expected: TableShape, actual: TableShape): string[] {
  const label = (index: IndexShape): string => {
    const method = index.method === 'btree' ? '' : ` using ${index.method}`;
    return `${table} index ${list(index.columns)}${method}`;
  };
  const fits = (want: IndexShape, have: IndexShape): boolean =>
    !have.partial && want.method === have.method && sameList(want.columns, have.columns);
  // Extra indexes are fine: trigram and GiST indexes are added by hand.
  return matchIndexes(label, expected.indexes, actual.indexes, fits).problems;
}

const sameTarget = (a: ForeignKeyShape, b: ForeignKeyShape): boolean =>
  a.refTable === b.refTable &&
  sameList(a.columns, b.columns) &&
  sameList(a.refColumns, b.refColumns);

function diffForeignKeys(table: string, expected: TableShape, actual: TableShape): string[] {
  const problems: string[] = [];
  for (const want of expected.foreignKeys) {
    const have = actual.foreignKeys.find((candidate) => sameTarget(want, candidate));
    if (!have) problems.push(`${table} ${foreignKey(want)}: missing in the database`);
    else if (have.onDelete !== want.onDelete || have.onUpdate !== want.onUpdate) {
      problems.push(
        `${table} ${foreignKey(want)}: schema says ${actions(want)}, database has ${actions(have)}`,
      );
    }
  }
  for (const have of actual.foreignKeys) {
    if (!expected.foreignKeys.some((want) => sameTarget(want, have))) {
      problems.push(`${table} ${foreignKey(have)}: in the database but not in the schema`);
    }
  }
  return problems;
}

function diffTable(table: string, expected: TableShape, actual: TableShape): string[] {
  return [
    ...diffColumns(table, expected, actual),
    ...diffPrimaryKey(table, expected, actual),
    ...diffUniques(table, expected, actual),
    ...diffIndexes(table, expected, actual),
    ...diffForeignKeys(table, expected, actual),
  ];
}

function diffEnums(expected: DatabaseShape, actual: DatabaseShape): string[] {
  const problems = compareKeys('enum ', expected.enums, actual.enums);
  for (const [name, want] of Object.entries(expected.enums)) {
    const have = actual.enums[name];
    if (have && !sameList(want, have)) {
      problems.push(`enum ${name}: schema says labels ${list(want)}, database has ${list(have)}`);
    }
  }
  return problems;
}

/** Every difference between the schema's and the database's shape, one readable line each. */
export function diff(expected: DatabaseShape, actual: DatabaseShape): string[] {
  const tables = Object.entries(expected.tables).filter(([name]) => name in actual.tables);
  return [
    ...compareKeys('table ', expected.tables, actual.tables),
    ...tables.flatMap(([name, table]) => diffTable(name, table, actual.tables[name])),
    ...diffEnums(expected, actual),
  ];
}
