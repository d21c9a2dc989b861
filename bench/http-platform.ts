import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  Args,
  Field,
  GraphQLModule,
  ID,
  Int,
  ObjectType,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import autocannon from 'autocannon';
import { ChildProcess, fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ProcessWatch } from './measure';

/**
 * `npm run bench:http-platform`: the HTTP platform under Apollo, Express or Fastify. Two copies
 * of one small Nest + Apollo app (no database; a page of 50 items with a nested owner, shaped
 * like a directory page) run side by side; each operation is driven on both in alternating
 * windows, so load from elsewhere on the machine falls on both alike. Prints the median server
 * CPU per request and requests/s of each.
 */
const { values } = parseArgs({
  options: {
    serve: { type: 'string' },
    port: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '4' },
  },
});

@ObjectType()
class Owner {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType()
class Item {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() kind!: string;
  @Field() summary!: string;
  @Field() createdAt!: string;
  @Field(() => [String]) tags!: string[];
  ownerId!: string;
}

@Resolver(() => Item)
class ItemResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }

  @Query(() => [Item])
  page(@Args('first', { type: () => Int }) first: number): Item[] {
    return Array.from({ length: first }, (_, i) => ({
      id: `item-${i}`,
      name: `Stakeholder ${i}`,
      kind: 'SOCIAL_ENTERPRISE',
      summary: 'A social enterprise of the Youth Hub that runs repair cafés.',
      createdAt: new Date(1_800_000_000_000 + i * 1000).toISOString(),
      tags: ['repair', 'youth', 'circular'],
      ownerId: `owner-${i}`,
    }));
  }

  @ResolveField(() => Owner)
  owner(item: Item): Promise<Owner> {
    return Promise.resolve({ id: item.ownerId, displayName: `Owner of ${item.name}` });
  }
}

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      playground: false,
      introspection: false,
    }),
  ],
  providers: [ItemResolver],
})
class BenchAppModule {}

async function serve(platform: string, port: number): Promise<void> {
  const app =
    platform === 'fastify'
      ? await NestFactory.create(BenchAppModule, new FastifyAdapter(), { logger: false })
      : await NestFactory.create(BenchAppModule, { logger: false });
  await app.listen(port, '127.0.0.1');
  process.send?.('ready');
}

const OPERATIONS = [
  { name: '{ ping }', query: '{ ping }' },
  {
    name: 'page of 50 (8 fields, nested owner)',
    query: '{ page(first: 50) { id name kind summary createdAt tags owner { id displayName } } }',
  },
];

function start(platform: string, port: number): Promise<ChildProcess> {
  const child = fork(__filename, ['--serve', platform, '--port', String(port)], {
    execArgv: ['--max-old-space-size=256', '--max-semi-space-size=32'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${platform} server exited (${code})`)));
  });
}

function drive(port: number, query: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: 16,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function compare(): Promise<void> {
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const servers = { express: await start('express', 3321), fastify: await start('fastify', 3322) };
  const ports = { express: 3321, fastify: 3322 };
  console.log(`| operation | platform | CPU ms/request (median of ${rounds}) | req/s (median) |`);
  console.log('| --- | --- | ---: | ---: |');
  try {
    for (const op of OPERATIONS) {
      const cpu: Record<string, number[]> = { express: [], fastify: [] };
      const rps: Record<string, number[]> = { express: [], fastify: [] };
      for (const platform of ['express', 'fastify'] as const) {
        await drive(ports[platform], op.query, 2); // warm-up
      }
      for (let round = 0; round < rounds; round += 1) {
        // Alternate which goes first, so neither always follows the other's garbage.
        const order =
          round % 2 ? (['fastify', 'express'] as const) : (['express', 'fastify'] as const);
        for (const platform of order) {
          const watch = new ProcessWatch(servers[platform].pid as number);
          const before = watch.cpuMs();
          const result = await drive(ports[platform], op.query, seconds);
          const requests = result.requests.total;
          cpu[platform].push((watch.cpuMs() - before) / requests);
          rps[platform].push(result.requests.average);
          if (result.non2xx || result.errors) throw new Error(`${platform}: errors in ${op.name}`);
        }
      }
      for (const platform of ['express', 'fastify'] as const) {
        console.log(
          `| ${op.name} | ${platform} | ${median(cpu[platform]).toFixed(3)} | ${Math.round(median(rps[platform]))} |`,
        );
      }
    }
  } finally {
    for (const child of Object.values(servers)) child.kill('SIGTERM');
  }
  console.log(`\n${process.version}, 16 connections, ${rounds} alternating rounds of ${seconds} s`);
}

if (values.serve) void serve(values.serve, Number(values.port));
else
  void compare().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
