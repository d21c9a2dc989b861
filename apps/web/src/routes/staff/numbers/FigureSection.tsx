import { useTranslation } from 'react-i18next';
import { csvHref, toCsv } from './csv';
import { FigureChart } from './FigureChart';

/** A numeric column of a figure: its key in each row, its header, how a value is shown. */
export interface FigureSeries {
  key: string;
  label: string;
  format: (value: number) => string;
  tick?: (value: number) => string;
}

export interface FigureRow {
  /** What the row is about (a hub, a kind, a week…), one cell per label column. */
  labels: string[];
  values: Record<string, number>;
}

/**
 * One of the park's numbers: a chart, the same figures as a table beside it (the accessible
 * form, and what the tests compare with parkStats), and the table as a CSV file.
 */
export function FigureSection({
  id,
  title,
  labelHeaders,
  series,
  rows,
  chart = 'bar',
  file,
}: {
  id: string;
  title: string;
  labelHeaders: string[];
  series: FigureSeries[];
  rows: FigureRow[];
  chart?: 'bar' | 'line';
  file: string;
}) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({ name: row.labels.join(' · '), ...row.values }));
  const csv = toCsv(
    [...labelHeaders, ...series.map((one) => one.label)],
    rows.map((row) => [...row.labels, ...series.map((one) => row.values[one.key])]),
  );
  return (
    <section id={id} className="figure" aria-labelledby={`${id}-title`}>
      <header className="figure-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <a href={csvHref(csv)} download={`${file}.csv`}>
          {t('staffNumbers.csv', { title })}
        </a>
      </header>
      <div className="figure-body">
        {rows.length ? (
          <div className="figure-chart" aria-hidden="true">
            <FigureChart kind={chart} series={series} data={data} />
          </div>
        ) : null}
        <div className="figure-table">
          <table>
            <thead>
              <tr>
                {labelHeaders.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
                {series.map((one) => (
                  <th key={one.key} scope="col" className="number">
                    {one.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.labels.join('\u0000')}>
                  {row.labels.map((label, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {label}
                      </th>
                    ) : (
                      <td key={index}>{label}</td>
                    ),
                  )}
                  {series.map((one) => (
                    <td key={one.key} className="number">
                      {one.format(row.values[one.key])}
                    </td>
                  ))}
                </tr>
              ))}
              {rows.length ? null : (
                <tr>
                  <td colSpan={labelHeaders.length + series.length}>{t('staffNumbers.none')}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
