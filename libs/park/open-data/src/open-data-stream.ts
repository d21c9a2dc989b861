import { Writable } from 'node:stream';
import { csvHeader, csvLines } from './csv-cells';
import { Dataset } from './dataset';

/** The client closed the connection mid-export: nothing to report, just stop reading. */
export class ClientGone extends Error {}

export type OpenDataFormat = 'csv' | 'json';

export interface Publication {
  license: { title: string; url: string };
  generatedAt: Date;
}

/**
 * Writes a dataset to `out` batch by batch, waiting for 'drain' whenever the client is slower
 * than the database, so an export holds one batch, not the table. Stops if the client goes.
 */
export async function writeDataset(
  out: Writable,
  dataset: Dataset,
  format: OpenDataFormat,
  publication: Publication,
): Promise<number> {
  let count = 0;
  const write = async (chunk: string) => {
    if (out.destroyed) throw new ClientGone();
    if (!out.write(chunk)) await drained(out);
  };
  if (format === 'csv') {
    await write(csvHeader(dataset.columns));
    for await (const rows of dataset.batches()) {
      if (rows.length) await write(csvLines(dataset.columns, rows));
      count += rows.length;
    }
    return count;
  }
  const head = {
    dataset: dataset.name,
    title: dataset.title,
    license: publication.license,
    generatedAt: publication.generatedAt.toISOString(),
    columns: dataset.columns.map((column) => column.name),
  };
  await write(JSON.stringify(head).slice(0, -1) + ',"rows":[');
  for await (const rows of dataset.batches()) {
    if (!rows.length) continue;
    const text = rows.map((row) => JSON.stringify(row)).join(',');
    await write((count ? ',' : '') + text);
    count += rows.length;
  }
  await write(`],"rowCount":${count}}`);
  return count;
}

/** Resolves on 'drain', or on 'close' (the next write then stops), leaving no listener behind. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}
