import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatTime, formatWon } from './park-time';

// The test process runs in New York time (vitest.config.mts): what is shown must be Seoul's.
describe('park time', () => {
  it('shows an instant in Seoul time whatever the machine zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    expect(formatTime('2026-12-07T05:00:00Z', 'en')).toBe('14:00');
    expect(formatDateTime('2026-12-07T15:30:00Z', 'en')).toBe('8 Dec 2026, 00:30');
  });

  it('shows a calendar day as that day, without a zone shift', () => {
    expect(formatDay('2026-12-07', 'en')).toBe('7 Dec 2026');
    expect(formatDay('2026-12-07', 'ko')).toBe('2026. 12. 7.');
  });

  it('shows money in whole won', () => {
    expect(formatWon(1_500_000)).toBe('₩1,500,000');
  });
});
