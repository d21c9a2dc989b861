import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffHub } from './staff-hub';

/** Which hub the screen shows: a choice only when the viewer has more than one. */
export function HubPicker({
  hubs,
  hub,
  onChoose,
}: {
  hubs: StaffHub[];
  hub: StaffHub;
  onChoose: (slug: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (hubs.length < 2) return <p className="eyebrow">{hub.label}</p>;
  return (
    <div className="field hub-picker">
      <label htmlFor={id}>{t('staffSpaces.hub')}</label>
      <select id={id} value={hub.slug} onChange={(event) => onChoose(event.target.value)}>
        {hubs.map((h) => (
          <option key={h.id} value={h.slug}>
            {h.label}
          </option>
        ))}
      </select>
    </div>
  );
}
