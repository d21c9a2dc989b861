import { NodeRegistry } from './node-registry';

const find = async () => null;

describe('NodeRegistry', () => {
  it('keeps each type’s source, in the order registered', () => {
    const registry = new NodeRegistry();
    registry.register(
      { type: 'Hub', table: 'hubs', find },
      { type: 'Space', table: 'spaces', find },
    );
    expect(registry.sources.map((source) => source.type)).toEqual(['Hub', 'Space']);
    expect(registry.source('Space')?.table).toBe('spaces');
  });

  it('refuses a type registered twice, and table or column names that are not plain', () => {
    const registry = new NodeRegistry();
    registry.register({ type: 'Hub', table: 'hubs', find });
    expect(() => registry.register({ type: 'Hub', table: 'hubs', find })).toThrow(/twice/);
    expect(() => registry.register({ type: 'X', table: 'hubs; DROP TABLE hubs', find })).toThrow();
    expect(() =>
      registry.register({ type: 'Y', table: 'bookings', column: 'id"', find }),
    ).toThrow();
  });
});
