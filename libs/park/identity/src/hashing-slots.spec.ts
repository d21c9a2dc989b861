import { HashingSlots } from './hashing-slots';

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('hashing slots', () => {
  it('never runs more tasks at once than it has slots, and runs them all', async () => {
    const slots = new HashingSlots(2);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        slots.run(async () => {
          running += 1;
          most = Math.max(most, running);
          await tick();
          running -= 1;
          return i;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('frees the slot of a task that fails', async () => {
    const slots = new HashingSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('scrypt failed')))).rejects.toThrow(
      'scrypt failed',
    );
    await expect(slots.run(async () => 'next one runs')).resolves.toBe('next one runs');
  });

  it('serves waiters first come, first served', async () => {
    const slots = new HashingSlots(1);
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        slots.run(async () => {
          await tick();
          order.push(n);
        }),
      ),
    );
    expect(order).toEqual([1, 2, 3]);
  });

  it('refuses a size below one', () => {
    expect(() => new HashingSlots(0)).toThrow('slots must be ≥ 1');
  });
});

describe('hashing slots with a queue limit', () => {
  it('refuses at once a task past the limit of running and waiting ones, and runs the rest', async () => {
    const slots = new HashingSlots(1);
    const started: number[] = [];
    const answers = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        slots.run(async () => {
          started.push(i);
          await tick();
          return i;
        }, 3),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
    expect(started).toEqual([0, 1, 2]);
    expect(slots.load).toBe(0);
  });
});
