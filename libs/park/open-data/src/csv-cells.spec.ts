import Papa from 'papaparse';
import { csvCell, csvHeader, csvLines } from './csv-cells';
import { column } from './dataset';

const columns = [
  column('name', 'string', '이름', 'Name', 't.name'),
  column('tags', 'list', '태그', 'Tags', 't.tags'),
];

describe('open-data CSV cells', () => {
  it('quotes a cell that would run as a formula in a spreadsheet', () => {
    for (const text of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(text)).toBe(`'${text}`);
    }
    expect(csvCell('청년 일자리 = 희망')).toBe('청년 일자리 = 희망');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(['EDUCATION', '=cmd'])).toBe('EDUCATION;=cmd');
    expect(csvCell(['=cmd', 'EDUCATION'])).toBe("'=cmd;EDUCATION");
  });

  it('writes RFC 4180 lines that parse back to the same cells, after a BOM', () => {
    const rows = [
      { name: 'Seoul "Youth", Hub\nline two', tags: ['A', 'B'] },
      { name: '서울혁신파크', tags: [] },
    ];
    const text = csvHeader(columns) + csvLines(columns, rows);
    expect(text.startsWith('\ufeffname,tags\r\n')).toBe(true);
    expect(text).toContain('"Seoul ""Youth"", Hub\nline two",A;B\r\n');
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['name', 'tags'],
      ['Seoul "Youth", Hub\nline two', 'A;B'],
      ['서울혁신파크', ''],
    ]);
  });
});
