import { ZipArchive } from 'archiver';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { PersonalDataSection } from './personal-data-sections';

export type Row = Record<string, unknown>;

/** Dates as ISO 8601, whole won and other BIGINTs as digits: what JSON and CSV can carry. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break; a cell a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) starts with an apostrophe.
 */
function cell(value: unknown): string {
  const shown = plain(value);
  if (shown === null || shown === undefined) return '';
  let text = typeof shown === 'object' ? JSON.stringify(shown) : String(shown);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a BOM, so Excel shows Hangul; CRLF line ends; the header from `columns`. */
export function toCsv(columns: string[], rows: Row[]): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: Row[]): string {
  return `${JSON.stringify(rows.map(plain), null, 2)}\n`;
}

/** The README: what each file holds, in Korean and then in English. */
export function readme(
  sections: readonly PersonalDataSection[],
  generatedAt: Date,
  keptDays: number,
): string {
  const at = generatedAt.toISOString();
  return [
    'Park Commons — 내 데이터 / My data',
    '',
    `생성 시각 / Generated at: ${at}`,
    '',
    '[한국어]',
    '파크 커먼즈가 보관하는 회원님의 모든 정보입니다. 항목마다 JSON 파일과 CSV 파일(UTF-8, BOM 포함)이 있습니다.',
    `이 파일은 생성 후 ${keptDays}일이 지나면 삭제됩니다. 개인정보 보호법에 따른 열람 요청에 대한 응답입니다.`,
    '',
    ...sections.map((s) => `- ${s.file}.json / ${s.file}.csv: ${s.ko}`),
    '',
    '[English]',
    'Everything Park Commons holds about you. Each section is a JSON file and a CSV file (UTF-8 with a BOM).',
    `The file is deleted ${keptDays} days after it was made. It answers your request to see your data under the Personal Information Protection Act.`,
    '',
    ...sections.map((s) => `- ${s.file}.json / ${s.file}.csv: ${s.en}`),
    '',
  ].join('\r\n');
}

export interface ArchiveEntry {
  name: string;
  content: string;
}

/**
 * Streams the entries into a ZIP at `path` (written beside it, then renamed, so a download
 * never finds half a file); its size in bytes.
 */
export async function writeArchive(path: string, entries: ArchiveEntry[]): Promise<number> {
  const partial = `${path}.part`;
  const zip = new ZipArchive({ zlib: { level: 9 } });
  const out = createWriteStream(partial);
  const done = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
    zip.on('error', reject);
  });
  zip.pipe(out);
  for (const entry of entries) zip.append(entry.content, { name: entry.name });
  try {
    await zip.finalize();
    await done;
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return (await stat(path)).size;
}
