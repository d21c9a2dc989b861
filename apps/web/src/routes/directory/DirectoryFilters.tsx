import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyArea, StakeholderKind } from '../../graphql/generated/graphql';
import { KINDS, POLICY_AREAS, type DirectoryPlace } from './directory-query';

/**
 * The search box (sent on Enter or the button) and the three filters (applied when changed).
 * Either one goes back to the first page.
 */
export function DirectoryFilters({
  place,
  hubs,
  onChange,
}: {
  place: DirectoryPlace;
  hubs: { id: string; name: string }[];
  onChange: (next: DirectoryPlace) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(place.search);
  const change = (part: Partial<DirectoryPlace>) =>
    onChange({ ...place, search: search.trim(), ...part, after: '' });
  const filtered = place.hub || place.kind || place.area || place.search;

  return (
    <div className="directory-filters">
      <form
        role="search"
        className="search"
        onSubmit={(event) => {
          event.preventDefault();
          change({ search: search.trim() });
        }}
      >
        <label htmlFor="directory-search" className="visually-hidden">
          {t('directory.search')}
        </label>
        <input
          id="directory-search"
          type="search"
          maxLength={100}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <button type="submit" className="primary">
          {t('directory.searchButton')}
        </button>
      </form>
      <fieldset className="filter-row">
        <legend className="visually-hidden">{t('directory.filters')}</legend>
        <div className="field">
          <label htmlFor="directory-hub">{t('directory.hub')}</label>
          <select
            id="directory-hub"
            value={place.hub}
            onChange={(event) => change({ hub: event.target.value })}
          >
            <option value="">{t('directory.any')}</option>
            {hubs.map((hub) => (
              <option key={hub.id} value={hub.id}>
                {hub.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="directory-kind">{t('directory.kind')}</label>
          <select
            id="directory-kind"
            value={place.kind}
            onChange={(event) => change({ kind: event.target.value as StakeholderKind | '' })}
          >
            <option value="">{t('directory.any')}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`directory.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="directory-area">{t('directory.policyArea')}</label>
          <select
            id="directory-area"
            value={place.area}
            onChange={(event) => change({ area: event.target.value as PolicyArea | '' })}
          >
            <option value="">{t('directory.any')}</option>
            {POLICY_AREAS.map((area) => (
              <option key={area} value={area}>
                {t(`directory.areas.${area}`)}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button
            type="button"
            className="clear-filters"
            onClick={() => {
              setSearch('');
              onChange({ search: '', hub: '', kind: '', area: '', after: '' });
            }}
          >
            {t('directory.clearFilters')}
          </button>
        ) : null}
      </fieldset>
    </div>
  );
}
