import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../graphql/generated';

const FIND_PARTNER = graphql(`
  query FindPartner($search: String!) {
    stakeholders(filter: { search: $search }, first: 8) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

/**
 * A search of the directory and the stakeholders it finds, as radio buttons; the proposer's own
 * stakeholder is left out. Nothing is asked of the API until something is typed.
 */
export function PartnerPicker({
  value,
  onChange,
  excludeId,
  error,
}: {
  value: { id: string; name: string } | null;
  onChange: (partner: { id: string; name: string }) => void;
  excludeId: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [term, setTerm] = useState('');
  const search = useDeferredValue(term.trim());
  const { data, loading } = useQuery(FIND_PARTNER, {
    variables: { search },
    skip: search.length < 1,
  });
  const found = (data?.stakeholders.edges ?? [])
    .map((edge) => edge.node)
    .filter((stakeholder) => stakeholder.id !== excludeId);
  return (
    <fieldset className="field partner-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('partnership.propose.partner')}</legend>
      <label htmlFor={`${id}-search`}>{t('partnership.propose.partnerSearch')}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={term}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setTerm(event.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {t('partnership.propose.partnerSearchHint')}
      </p>
      {value ? (
        <p className="chosen-partner">{t('partnership.propose.chosen', { name: value.name })}</p>
      ) : null}
      {search.length > 0 && !loading ? (
        found.length === 0 ? (
          <p className="hint">{t('partnership.propose.noResults')}</p>
        ) : (
          <ul className="partner-results" aria-label={t('partnership.propose.partnerResults')}>
            {found.map((stakeholder) => (
              <li key={stakeholder.id}>
                <label className="check">
                  <input
                    type="radio"
                    name={`${id}-partner`}
                    value={stakeholder.id}
                    checked={value?.id === stakeholder.id}
                    onChange={() => onChange({ id: stakeholder.id, name: stakeholder.name })}
                  />
                  {stakeholder.name}
                </label>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
