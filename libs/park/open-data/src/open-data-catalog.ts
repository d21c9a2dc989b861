import { Bilingual, Dataset } from './dataset';
import { DatasetState } from './open-data.service';

export interface CatalogContext {
  baseUrl: string;
  license: { title: string; url: string };
  generatedAt: Date;
}

export const CATALOG_TITLE: Bilingual = {
  ko: '파크 커먼즈 공공데이터',
  en: 'Park Commons open data',
};
const CATALOG_DESCRIPTION: Bilingual = {
  ko: '혁신파크의 허브, 공간, 행사, 이해관계자, 협력, 프로젝트와 주민참여예산 데이터. 개인정보는 들어 있지 않습니다.',
  en: 'The innovation park’s hubs, spaces, events, stakeholders, partnerships, projects and participatory budgeting. No personal data.',
};

/** Each dataset's files: name, media type and the format's label. */
export function distributions(dataset: Dataset, baseUrl: string) {
  return [
    { url: `${baseUrl}/${dataset.name}.csv`, mediaType: 'text/csv', format: 'CSV' },
    { url: `${baseUrl}/${dataset.name}.json`, mediaType: 'application/json', format: 'JSON' },
  ];
}

const langs = (text: Bilingual) => [
  { '@language': 'ko', '@value': text.ko },
  { '@language': 'en', '@value': text.en },
];
const dateTime = (at: Date) => ({ '@value': at.toISOString(), '@type': 'xsd:dateTime' });

/** The catalogue in DCAT 2 as JSON-LD. */
export function catalogJsonLd(states: readonly DatasetState[], context: CatalogContext) {
  const { baseUrl, license, generatedAt } = context;
  const modified = (state: DatasetState) => state.freshness.modified ?? generatedAt;
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${baseUrl}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': langs(CATALOG_TITLE),
    'dct:description': langs(CATALOG_DESCRIPTION),
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': 'Park Commons' },
    'dct:license': { '@id': license.url, 'dct:title': license.title },
    'dct:modified': dateTime(
      states.reduce(
        (latest, state) => (modified(state) > latest ? modified(state) : latest),
        new Date(0),
      ),
    ),
    'foaf:homepage': { '@id': `${baseUrl}/` },
    'dcat:dataset': states.map((state) => ({
      '@id': `${baseUrl}/#${state.dataset.name}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': state.dataset.name,
      'dct:title': langs(state.dataset.title),
      'dct:description': langs(state.dataset.description),
      'dct:license': { '@id': license.url },
      'dct:modified': dateTime(modified(state)),
      'dcat:distribution': distributions(state.dataset, baseUrl).map((file) => ({
        '@type': 'dcat:Distribution',
        'dcat:mediaType': file.mediaType,
        'dct:format': file.format,
        'dcat:downloadURL': { '@id': file.url },
        'dcat:accessURL': { '@id': file.url },
        'dct:license': { '@id': license.url },
      })),
      'dct:conformsTo': { '@id': `${baseUrl}/${state.dataset.name}.dictionary.json` },
    })),
  };
}

/** A dataset's data dictionary, as the .dictionary.json file serves it. */
export function dictionary(state: DatasetState, context: CatalogContext) {
  const { dataset, freshness } = state;
  return {
    dataset: dataset.name,
    title: dataset.title,
    description: dataset.description,
    license: context.license,
    rowCount: freshness.count,
    modified: freshness.modified?.toISOString() ?? null,
    generatedAt: context.generatedAt.toISOString(),
    files: distributions(dataset, context.baseUrl),
    columns: dataset.columns,
  };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The catalogue as a small page, Korean then English, with every dataset's dictionary. */
export function catalogPage(states: readonly DatasetState[], context: CatalogContext): string {
  const { baseUrl, license, generatedAt } = context;
  const sections = states.map(({ dataset, freshness }) => {
    const files = distributions(dataset, baseUrl)
      .map((file) => `<a href="${escape(file.url)}">${file.format}</a>`)
      .join(' · ');
    const columns = dataset.columns
      .map(
        (column) =>
          `<tr><td><code>${escape(column.name)}</code></td><td>${column.type}</td>` +
          `<td>${escape(column.meaning.ko)}</td><td>${escape(column.meaning.en)}</td>` +
          `<td><code>${escape(column.source)}</code></td></tr>`,
      )
      .join('');
    return (
      `<section id="${dataset.name}"><h2>${escape(dataset.title.ko)} / ${escape(dataset.title.en)}</h2>` +
      `<p lang="ko">${escape(dataset.description.ko)}</p><p lang="en">${escape(dataset.description.en)}</p>` +
      `<p>${files} · <a href="${escape(`${baseUrl}/${dataset.name}.dictionary.json`)}">데이터 사전 / dictionary</a></p>` +
      `<p>행 수 / rows: <strong>${freshness.count}</strong> · 최종 변경 / last modified: ` +
      `${freshness.modified ? `<time>${freshness.modified.toISOString()}</time>` : '—'}</p>` +
      `<table><thead><tr><th>열 / column</th><th>유형 / type</th><th>뜻</th><th>meaning</th>` +
      `<th>출처 / source</th></tr></thead><tbody>${columns}</tbody></table></section>`
    );
  });
  return (
    `<!doctype html><html lang="ko"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escape(CATALOG_TITLE.ko)} / ${escape(CATALOG_TITLE.en)}</title>` +
    `<link rel="alternate" type="application/ld+json" href="${escape(`${baseUrl}/catalog.jsonld`)}">` +
    `<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}` +
    `table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}</style>` +
    `</head><body><h1>${escape(CATALOG_TITLE.ko)} / <span lang="en">${escape(CATALOG_TITLE.en)}</span></h1>` +
    `<p lang="ko">${escape(CATALOG_DESCRIPTION.ko)}</p><p lang="en">${escape(CATALOG_DESCRIPTION.en)}</p>` +
    `<p>이용 허락 / Licence: <a rel="license" href="${escape(license.url)}">${escape(license.title)}</a></p>` +
    `<p>생성 시각 / Generated: <time>${generatedAt.toISOString()}</time> · ` +
    `<a href="${escape(`${baseUrl}/catalog.jsonld`)}">DCAT JSON-LD</a></p>` +
    `<p>CSV: UTF-8 (BOM), RFC 4180; 여러 값은 ;로 구분 / lists are ;-separated; ` +
    `=, +, -, @로 시작하는 칸은 앞에 '를 붙임 / cells starting with =, +, -, @ get a leading '.</p>` +
    sections.join('') +
    `</body></html>`
  );
}
