import { INestApplication } from '@nestjs/common';
import request from 'supertest';

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; fields?: string[]; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphqlError[] | undefined;
}

/** Posts operations to the real /graphql endpoint over HTTP, as a client would. */
export class GraphqlClient {
  constructor(private readonly app: INestApplication) {}

  async execute<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphqlResponse<T>> {
    let call = request(this.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query, variables });
    if (options.token) call = call.set('authorization', `Bearer ${options.token}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) call = call.set(name, value);
    const response = await call;
    return { status: response.status, data: response.body.data, errors: response.body.errors };
  }

  /** Executes and fails the test with the server's errors when there are any. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string } = {},
  ): Promise<T> {
    const response = await this.execute<T>(query, variables, options);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** Executes and returns the first error's code (fails the test when there is none). */
  async errorCode(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string } = {},
  ): Promise<GraphqlError> {
    const response = await this.execute(query, variables, options);
    const [error] = response.errors ?? [];
    if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
    return error;
  }
}
