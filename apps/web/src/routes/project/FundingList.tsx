import { useTranslation } from 'react-i18next';
import type { ProjectDetailFragment } from '../../graphql/generated/graphql';
import { formatWon } from '../../lib/park-time';

/** A project's allocations, oldest first: amount and source. */
export function FundingList({ funding }: { funding: ProjectDetailFragment['funding'] }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {funding.map((allocation) => (
        <li key={allocation.id}>
          <span className="money">{formatWon(allocation.amount)}</span>{' '}
          <span className="hint">{t(`project.source.${allocation.source}`)}</span>
        </li>
      ))}
    </ul>
  );
}
