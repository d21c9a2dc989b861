import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import type { StaffBudgetResultFragment } from '../../../graphql/generated/graphql';
import { saveFile } from '../../../lib/save-file';
import { explainResult } from '../../project/ResultReason';

// A tallied round's results as CSV: the API's figures as they are (whole won, no formatting,
// so a spreadsheet can add them up), the headings and the reason in the reader's language.

export const CSV_COLUMNS = [
  'rank',
  'projectId',
  'project',
  'votes',
  'funded',
  'amount',
  'cost',
  'budgetLeft',
  'sharePaidMin',
  'sharePaidMax',
  'reasonCode',
  'reason',
] as const;

export function resultsCsv(t: TFunction, results: readonly StaffBudgetResultFragment[]): string {
  const figure = (value: number | null | undefined) => (value ?? '') as number | '';
  const rows = results.map((result) => [
    result.explanation.rank,
    result.project.id,
    result.project.title,
    result.votes,
    result.funded ? 1 : 0,
    result.amount,
    figure(result.explanation.cost),
    figure(result.explanation.budgetLeft),
    figure(result.explanation.sharePaidMin),
    figure(result.explanation.sharePaidMax),
    result.explanation.code,
    explainResult(t, result),
  ]);
  const fields = CSV_COLUMNS.map((column) => t(`staffBudgets.csv.${column}`));
  // A byte-order mark, so spreadsheet programs read the Korean as UTF-8; CRLF as RFC 4180 has it.
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: '\r\n' })}`;
}

/** Hands the text to the browser as a file download (nothing leaves the page). */
export function downloadCsv(fileName: string, text: string): void {
  saveFile(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}
