import { startTestApi, TestApi } from './support/test-api';

describe('the API on a fresh test database', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers me as null for an anonymous caller', async () => {
    expect(await api.graphql.ok('{ me { id } }')).toEqual({ me: null });
  });
});
