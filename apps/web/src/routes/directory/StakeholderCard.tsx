import { Link } from 'react-router';
import { graphql } from '../../graphql/generated';
import type { StakeholderCardFragment } from '../../graphql/generated/graphql';
import { StakeholderTags } from './StakeholderTags';

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
  return (
    <article className="card stakeholder-card">
      <h2>
        <Link to={`/stakeholders/${stakeholder.id}`}>{stakeholder.name}</Link>
      </h2>
      <StakeholderTags stakeholder={stakeholder} />
      {stakeholder.description ? <p className="about">{stakeholder.description}</p> : null}
    </article>
  );
}
