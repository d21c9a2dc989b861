import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startI18n } from '../../i18n/i18n';
import { BallotCounter } from './BallotCounter';
import { tallyBallot } from './ballot';

const RULES = { totalBudget: 20_000_000, minSelections: 2, maxSelections: 3 };

function counter(costs: number[], unchanged = false) {
  return render(
    <BallotCounter
      costs={costs}
      rules={RULES}
      unchanged={unchanged}
      submitting={false}
      submitLabel="Cast my ballot"
    />,
  );
}
const submit = () => screen.getByRole('button', { name: 'Cast my ballot' });

describe('the ballot counter', () => {
  afterEach(cleanup);
  beforeAll(() => {
    startI18n('en');
  });

  it('keeps a running total against the budget', () => {
    counter([5_000_000, 7_500_000]);
    expect(screen.getByText('Chosen: ₩12,500,000 of ₩20,000,000')).toBeInTheDocument();
    expect(screen.getByText('₩7,500,000 left')).toBeInTheDocument();
    expect(screen.getByText('2 chosen (choose 2–3)')).toBeInTheDocument();
    expect(submit()).toBeEnabled();
  });

  it('says by how much a ballot is over the budget and will not cast it', () => {
    counter([15_000_000, 7_000_000]);
    expect(screen.getByText('₩2,000,000 over the budget')).toBeInTheDocument();
    expect(submit()).toBeDisabled();
    expect(submit()).toHaveAccessibleDescription(
      'Your choices cost more than the budget: take one out.',
    );
  });

  it('holds the ballot to the selection limits', () => {
    const { unmount } = counter([1_000_000]);
    expect(submit()).toBeDisabled();
    expect(submit()).toHaveAccessibleDescription('Choose at least 2 projects.');
    unmount();
    counter([1_000_000, 1_000_000, 1_000_000, 1_000_000]);
    expect(submit()).toBeDisabled();
    expect(submit()).toHaveAccessibleDescription('Choose at most 3 projects.');
  });

  it('does not cast the ballot already cast again', () => {
    counter([5_000_000, 5_000_000], true);
    expect(submit()).toBeDisabled();
    expect(submit()).toHaveAccessibleDescription('This is already your ballot.');
  });

  it('checks the limits before the budget, and the budget before the minimum', () => {
    expect(tallyBallot([9e6, 9e6, 9e6, 9e6], RULES).problem).toBe('tooMany');
    expect(tallyBallot([25e6], RULES).problem).toBe('overBudget');
    expect(tallyBallot([], RULES)).toEqual({
      count: 0,
      total: 0,
      remaining: 20e6,
      problem: 'tooFew',
    });
    expect(tallyBallot([10e6, 10e6], RULES).problem).toBeNull();
  });
});
