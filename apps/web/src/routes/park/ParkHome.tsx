import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../graphql/generated';
import { currentLanguage } from '../../i18n/i18n';

const PARK_HOME = graphql(`
  query ParkHome {
    hubs {
      id
      slug
      name
      nameKo
      description
    }
  }
`);

/** `/`: the park's three hubs and a way into the directory. */
export default function ParkHome() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PARK_HOME);
  const korean = currentLanguage() === 'ko';
  return (
    <section aria-labelledby="park-title">
      <h1 id="park-title">{t('park.title')}</h1>
      <Form method="get" action="/stakeholders" role="search" className="search">
        <label htmlFor="park-search">{t('park.searchLabel')}</label>
        <input id="park-search" name="search" type="search" />
        <button type="submit">{t('action.search')}</button>
      </Form>
      <h2>{t('park.hubs')}</h2>
      <QueryState loading={loading} error={error}>
        {() => (
          <ul className="cards">
            {data?.hubs.map((hub) => (
              <li key={hub.id} className="card">
                <h3>
                  <Link to={`/hubs/${hub.slug}`}>{korean ? hub.nameKo : hub.name}</Link>
                </h3>
                <p>{hub.description}</p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
