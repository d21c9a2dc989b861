import { refusedRange, urlProblem } from './webhook-address';

describe('the addresses a webhook may reach', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.9.9.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['2002:7f00:1::', '6to4'],
  ])('refuses %s (%s)', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each(['8.8.8.8', '93.184.215.14', '2606:4700:4700::1111'])('lets %s through', (address) => {
    expect(refusedRange(address)).toBeNull();
  });

  const rules = (over: Partial<Parameters<typeof urlProblem>[1]> = {}) => ({
    httpsOnly: true,
    allowPrivate: false,
    resolve: async () => [{ address: '8.8.8.8', family: 4 }],
    ...over,
  });

  it('wants https in production, and no credentials in the URL', async () => {
    expect(await urlProblem('http://hooks.example.org/', rules())).toBe('must use https');
    expect(await urlProblem('ftp://hooks.example.org/', rules({ httpsOnly: false }))).toBe(
      'must use https or http',
    );
    expect(await urlProblem('https://me:pw@hooks.example.org/', rules())).toMatch(/password/);
    expect(await urlProblem('not a url', rules())).toBe('must be an absolute URL');
    expect(await urlProblem('https://hooks.example.org/in', rules())).toBeNull();
  });

  it('refuses a name that resolves to a private address among public ones', async () => {
    const resolve = async () => [
      { address: '8.8.8.8', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ];
    expect(await urlProblem('https://hooks.example.org/', rules({ resolve }))).toMatch(/private/);
  });

  it('reads the host as the URL parser does (decimal and bracketed forms)', async () => {
    const real = rules({ resolve: undefined as never });
    const { resolveHost } = await import('./webhook-address');
    const check = (url: string) => urlProblem(url, { ...real, resolve: resolveHost });
    expect(await check('https://2130706433/')).toMatch(/loopback/);
    expect(await check('https://[::ffff:7f00:1]/')).toMatch(/loopback/);
    expect(await check('https://0x7f.1/')).toMatch(/loopback/);
  });
});
