import { loadConfig } from './app-config';
import { parseTrustProxy } from './trust-proxy';

describe('TRUST_PROXY', () => {
  it.each([
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.0/8', ['10.0.0.0/8']],
    ['10.0.0.0/8, 127.0.0.1,::1', ['10.0.0.0/8', '127.0.0.1', '::1']],
    ['loopback,fc00::/7', ['loopback', 'fc00::/7']],
  ])('reads %j as %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it.each(['true', '11', '10.0.0.0/33', '::1/129', 'proxy.internal', '10.0.0.1/8/2', '', '1.2.3'])(
    'refuses %j',
    (value) => {
      expect(parseTrustProxy(value)).toEqual({ problem: expect.any(String) });
    },
  );
});

describe('TRUST_PROXY at start', () => {
  it('stops the process on true, naming the setting and what to give instead', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true would trust/);
  });

  it('defaults to no proxy', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
  });
});
