import {
  fromDateColumn,
  isCalendarDate,
  parkToday,
  proposalProblems,
  ProposedTerms,
  toDateColumn,
} from './partnership-rules';

const TODAY = '2026-11-27';
const terms = (overrides: Partial<ProposedTerms> = {}): ProposedTerms => ({
  proposerId: 'ngo',
  partnerId: 'firm',
  kind: 'PROGRAMME',
  startsOn: '2026-12-01',
  endsOn: '2027-11-30',
  ...overrides,
});
const sharing = { purpose: 'Mapping heat islands', retentionDays: 365, personalData: false };
const fieldsOf = (t: ProposedTerms) => proposalProblems(t, TODAY).map((p) => p.field);

describe('partnership proposal rules', () => {
  it('accepts a proposal that keeps every rule, starting today and open-ended', () => {
    expect(proposalProblems(terms({ startsOn: TODAY, endsOn: null }), TODAY)).toEqual([]);
    expect(fieldsOf(terms({ kind: 'DATA', dataSharing: sharing }))).toEqual([]);
  });

  it.each<[string, Partial<ProposedTerms>, string[]]>([
    ['a stakeholder partnering with itself', { partnerId: 'ngo' }, ['partnerId']],
    ['an end before the start', { endsOn: '2026-11-30' }, ['endsOn']],
    ['a start in the past', { startsOn: '2026-11-26' }, ['startsOn']],
    [
      'both dates in the past',
      { startsOn: '2026-01-01', endsOn: '2026-02-01' },
      ['startsOn', 'endsOn'],
    ],
    ['a DATA partnership without terms', { kind: 'DATA' }, ['dataSharing']],
    ['terms on a FUNDING partnership', { kind: 'FUNDING', dataSharing: sharing }, ['dataSharing']],
    [
      'personal data without a purpose',
      { kind: 'DATA', dataSharing: { ...sharing, personalData: true, purpose: '' } },
      ['dataSharing.purpose'],
    ],
    [
      'personal data kept longer than five years',
      { kind: 'DATA', dataSharing: { ...sharing, personalData: true, retentionDays: 1826 } },
      ['dataSharing.retentionDays'],
    ],
  ])('refuses %s, naming the field', (_story, overrides, fields) => {
    expect(fieldsOf(terms(overrides))).toEqual(fields);
  });

  it('allows personal data kept exactly five years, and other data kept longer', () => {
    const fiveYears = { ...sharing, personalData: true, retentionDays: 1825 };
    expect(fieldsOf(terms({ kind: 'DATA', dataSharing: fiveYears }))).toEqual([]);
    const longer = { ...sharing, purpose: '', retentionDays: 3650 };
    expect(fieldsOf(terms({ kind: 'DATA', dataSharing: longer }))).toEqual([]);
  });
});

describe('park calendar dates', () => {
  it.each([
    ['2026-12-01', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-12-01T00:00:00Z', false],
    [20261201, false],
  ])('%s is a calendar date: %s', (value, valid) => {
    expect(isCalendarDate(value)).toBe(valid);
  });

  it('takes today from Seoul, where the day starts nine hours before UTC', () => {
    expect(parkToday(new Date('2026-11-26T14:59:59Z'))).toBe('2026-11-26');
    expect(parkToday(new Date('2026-11-26T15:00:00Z'))).toBe('2026-11-27');
  });

  it('round-trips a date through its DATE column value', () => {
    expect(fromDateColumn(toDateColumn('2027-03-01'))).toBe('2027-03-01');
  });
});
