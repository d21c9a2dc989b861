import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BudgetResultWhyFragment } from '../../graphql/generated/graphql';
import { startI18n } from '../../i18n/i18n';
import { ResultReason, sharesPaid } from './ResultReason';

// A tally's reason rendered from its explanation in Korean and English, with won formatted,
// and the API's English sentence only where an old result lacks an amount.

type Explanation = BudgetResultWhyFragment['explanation'];
const NONE = {
  cost: null,
  budgetLeft: null,
  sharePaidMax: null,
  sharePaidMin: null,
  projectStatus: null,
};
function result(votes: number, explanation: Partial<Explanation> & Pick<Explanation, 'code'>) {
  return {
    votes,
    reason: 'The API’s English sentence',
    explanation: { rank: 1, ...NONE, ...explanation },
  } as BudgetResultWhyFragment;
}
const shown = (value: BudgetResultWhyFragment) => {
  const { container } = render(<ResultReason result={value} />);
  const text = container.textContent;
  cleanup();
  return text;
};

describe('a budget result’s reason', () => {
  afterEach(cleanup);

  it('says in Korean what each supporter of an Equal Shares purchase paid, in won', () => {
    startI18n('ko');
    expect(
      shown(
        result(3, {
          code: 'FUNDED_BY_EQUAL_SHARES',
          cost: 36_000_000,
          sharePaidMax: 16_000_000,
          sharePaidMin: 10_000_000,
        }),
      ),
    ).toBe(
      '균등 배분으로 선정: 지지자 3명이 각자 ₩10,000,000~₩16,000,000씩 내어 필요 금액 ₩36,000,000을 모았습니다',
    );
    expect(
      shown(
        result(3, {
          code: 'FUNDED_BY_EQUAL_SHARES',
          cost: 60_000_000,
          sharePaidMax: 20_000_000,
          sharePaidMin: 20_000_000,
        }),
      ),
    ).toBe(
      '균등 배분으로 선정: 지지자 3명이 각자 ₩20,000,000씩 내어 필요 금액 ₩60,000,000을 모았습니다',
    );
  });

  it('renders every code in both languages from the catalogues', () => {
    const cases: [BudgetResultWhyFragment, string, string][] = [
      [
        result(4, { code: 'FUNDED_IN_RANK', rank: 1, cost: 8_000_000, budgetLeft: 20_000_000 }),
        '선정: 득표 1위(4표)이고, 차례가 왔을 때 남은 예산 ₩20,000,000으로 필요 금액 ₩8,000,000을 충당했습니다',
        'Funded: ranked 1 by votes (4), and the ₩20,000,000 left at its turn covered the ₩8,000,000 it needed',
      ],
      [
        result(2, {
          code: 'FUNDED_FROM_LEFTOVER',
          rank: 2,
          cost: 50_000_000,
          budgetLeft: 60_000_000,
        }),
        '선정: 득표 2위(2표)이고, 균등 배분 후 남은 예산 ₩60,000,000으로 필요 금액 ₩50,000,000을 충당했습니다',
        'Funded: ranked 2 by votes (2), and the ₩60,000,000 left after equal shares covered the ₩50,000,000 it needed',
      ],
      [
        result(2, { code: 'NOT_FUNDED_OVER_BUDGET', cost: 9_000_000, budgetLeft: 5_000_000 }),
        '미선정: 차례가 왔을 때 남은 예산은 ₩5,000,000뿐이었고, 필요 금액은 ₩9,000,000입니다',
        'Not funded: only ₩5,000,000 was left at its turn, and it needed ₩9,000,000',
      ],
      [
        result(1, { code: 'NOT_FUNDED_SHARES_SHORT', cost: 30_000_000, budgetLeft: 10_000_000 }),
        '미선정: 지지자들의 균등 배분 몫으로는 모자랐고, 균등 배분 후 남은 예산도 ₩10,000,000뿐이었습니다. 필요 금액은 ₩30,000,000입니다',
        'Not funded: its supporters’ equal shares could not pay for it, and only ₩10,000,000 was left after equal shares; it needed ₩30,000,000',
      ],
      [
        result(0, { code: 'NOT_FUNDED_NO_VOTES' }),
        '미선정: 받은 표가 없습니다',
        'Not funded: no votes',
      ],
      [
        result(1, { code: 'NOT_FUNDED_NOT_APPROVED', projectStatus: 'CANCELLED' }),
        '미선정: 집계 때 프로젝트가 ‘취소됨’ 상태로, 더 이상 승인된 프로젝트가 아니었습니다',
        'Not funded: the project was ‘Cancelled’ at the tally, no longer approved',
      ],
    ];
    startI18n('ko');
    expect(cases.map(([value]) => shown(value))).toEqual(cases.map(([, ko]) => ko));
    startI18n('en');
    expect(cases.map(([value]) => shown(value))).toEqual(cases.map(([, , en]) => en));
  });

  it('falls back to the API’s English sentence, marked as English, when an amount is missing', () => {
    startI18n('ko');
    render(<ResultReason result={result(2, { code: 'FUNDED_IN_RANK', cost: 1_000 })} />);
    expect(screen.getByText('The API’s English sentence')).toHaveAttribute('lang', 'en');
  });

  it('gives what Equal Shares supporters paid as a range of won', () => {
    const paid = (max: number | null, min: number | null) =>
      sharesPaid(
        result(2, { code: 'FUNDED_BY_EQUAL_SHARES', sharePaidMax: max, sharePaidMin: min }),
      );
    expect([paid(16_000, 10_000), paid(5_000, 5_000), paid(9, null), paid(null, null)]).toEqual([
      '₩10,000 – ₩16,000',
      '₩5,000',
      '≤ ₩9',
      '',
    ]);
  });
});
