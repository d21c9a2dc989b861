import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyArea, StakeholderKind } from '../../graphql/generated/graphql';

/** A stakeholder's kind, whether the park verified it, and its policy areas (then any more). */
export function StakeholderTags({
  stakeholder,
  children,
}: {
  stakeholder: { kind: StakeholderKind; verified: boolean; policyAreas: PolicyArea[] };
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
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
      {children}
    </p>
  );
}
