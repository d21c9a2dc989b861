import { ApolloClient, HttpLink, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { parkCache } from '../../../web/src/app/cache';

// One person's browser tab for the typed-client journeys: Apollo Client 4 with the web
// console's own normalised cache (its type policies), talking to the real API over HTTP with
// that person's bearer token.

export class Browser {
  readonly client: ApolloClient;
  /** HTTP requests this tab has sent. */
  requests = 0;
  private token?: string;

  constructor(uri: string, token?: string) {
    this.token = token;
    const link = new HttpLink({
      uri,
      fetch: (input, init) => {
        this.requests += 1;
        const headers = new Headers(init?.headers);
        if (this.token) headers.set('authorization', `Bearer ${this.token}`);
        return fetch(input, { ...init, headers });
      },
    });
    this.client = new ApolloClient({
      link,
      cache: parkCache(),
      devtools: { enabled: false },
    });
  }

  signIn(token: string): void {
    this.token = token;
  }

  /** A screen's query over the network (as when it first opens). */
  async open<TData, TVariables extends OperationVariables>(
    query: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    const { data } = await this.client.query({
      query,
      variables: variables as TVariables,
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('the query returned no data');
    return data as TData;
  }

  /** A mutation; it must cost exactly one request (no refetch behind it). */
  async mutate<TData, TVariables extends OperationVariables>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData> {
    const before = this.requests;
    const { data } = await this.client.mutate({ mutation, variables });
    if (this.requests !== before + 1) {
      throw new Error(`a mutation sent ${this.requests - before} requests`);
    }
    if (!data) throw new Error('the mutation returned no data');
    return data as TData;
  }

  /**
   * What a screen shows from the cache alone (fetchPolicy cache-only): fails when the cache
   * cannot answer the whole query, and asserts that nothing went to the network.
   */
  async screen<TData, TVariables extends OperationVariables>(
    query: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    const before = this.requests;
    const { data } = await this.client.query({
      query,
      variables: variables as TVariables,
      fetchPolicy: 'cache-only',
    });
    if (this.requests !== before) throw new Error('a cache-only read went to the network');
    const read = this.client.readQuery({ query, variables: variables as TVariables });
    if (!data || !read) throw new Error('the cache cannot answer this screen without a request');
    return data as TData;
  }

  /** One cached entity, through a fragment. */
  card<TData>(fragment: TypedDocumentNode<TData>, typename: string, id: string): TData {
    const data = this.client.readFragment({
      fragment,
      id: this.client.cache.identify({ __typename: typename, id }),
    });
    if (!data) throw new Error(`${typename}:${id} is not (wholly) in the cache`);
    return data as TData;
  }

  stop(): void {
    this.client.stop();
  }
}
