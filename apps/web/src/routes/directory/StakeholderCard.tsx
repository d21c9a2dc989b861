import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../graphql/generated';
import type { StakeholderCardFragment } from '../../graphql/generated/graphql';

export const STAKEHOLDER_CARD = graphql(`
  fragment StakeholderCard on Stakeholder {
    id
    name
    kind
    verified
    policyAreas
    description
  }
`);

/** One stakeholder in the directory: name (the link to its profile), kind, areas, about. */
export function StakeholderCard({ stakeholder }: { stakeholder: StakeholderCardFragment }) {
  const { t } = useTranslation();
  return (
    <article className="card stakeholder-card">
      <h2>
        <Link to={`/stakeholders/${stakeholder.id}`}>{stakeholder.name}</Link>
      </h2>
      <p className="tags">
        <span className="tag tag-kind">{t(`directory.kinds.${stakeholder.kind}`)}</span>
        {stakeholder.verified ? (
          <span className="tag tag-verified">{t('directory.verified')}</span>
        ) : null}
        {stakeholder.policyAreas.map((area) => (
          <span key={area} className="tag">
            {t(`directory.areas.${area}`)}
          </span>
        ))}
      </p>
      {stakeholder.description ? <p className="about">{stakeholder.description}</p> : null}
    </article>
  );
}
