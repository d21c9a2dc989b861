import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../graphql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { DirectoryFilters } from './DirectoryFilters';
import { filterOf, paramsOf, placeOf, type DirectoryPlace } from './directory-query';
import { StakeholderCard } from './StakeholderCard';
import './directory.css';

const PAGE = 20;

// One request: the page of stakeholders and the hubs the hub filter offers.
const DIRECTORY = graphql(`
  query StakeholderDirectory($filter: StakeholderFilter, $first: Int, $after: String) {
    hubs {
      id
      name
      nameKo
    }
    stakeholders(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...StakeholderCard
        }
      }
    }
  }
`);

/** `/stakeholders`: search, filters and pages, all kept in the URL. */
export default function StakeholderDirectory() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const place = placeOf(params);
  const { data, previousData, loading, error } = useQuery(DIRECTORY, {
    variables: { filter: filterOf(place), first: PAGE, after: place.after || undefined },
  });
  const shown = data ?? previousData;
  const korean = currentLanguage() === 'ko';
  const go = (next: DirectoryPlace) => setParams(paramsOf(next));
  const page = shown?.stakeholders;

  return (
    <section aria-labelledby="directory-title" className="directory">
      <div className="directory-head">
        <h1 id="directory-title">{t('directory.title')}</h1>
        {user ? (
          <Link to="/stakeholders/new" className="button-link primary">
            {t('directory.newStakeholder')}
          </Link>
        ) : null}
      </div>
      <DirectoryFilters
        key={params.toString()}
        place={place}
        hubs={(shown?.hubs ?? []).map((hub) => ({
          id: hub.id,
          name: korean ? hub.nameKo : hub.name,
        }))}
        onChange={go}
      />
      <QueryState loading={loading && !shown} error={error}>
        {() =>
          page ? (
            <>
              <p className="directory-count" role="status">
                {t('directory.count', { count: page.totalCount })}
              </p>
              {page.edges.length === 0 ? (
                <p>{t('directory.none')}</p>
              ) : (
                <ul className="cards stakeholder-cards">
                  {page.edges.map(({ node }) => (
                    <li key={node.id}>
                      <StakeholderCard stakeholder={node} />
                    </li>
                  ))}
                </ul>
              )}
              <nav className="pager" aria-label={t('directory.title')}>
                {place.after ? (
                  <Link to={{ search: paramsOf({ ...place, after: '' }).toString() }}>
                    {t('directory.firstPage')}
                  </Link>
                ) : null}
                {page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
                  <Link
                    rel="next"
                    to={{
                      search: paramsOf({ ...place, after: page.pageInfo.endCursor }).toString(),
                    }}
                  >
                    {t('directory.nextPage')}
                  </Link>
                ) : null}
              </nav>
            </>
          ) : null
        }
      </QueryState>
    </section>
  );
}
