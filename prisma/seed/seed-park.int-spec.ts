import { PrismaClient } from '@park/platform/database';
import { createTestDatabase, TestDatabase } from '@park/platform/testing';
import { PrismaPg } from '@prisma/adapter-pg';
import { seedPark } from './seed-park';

describe('seeding the park', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  const log = jest.fn();
  const admin = { email: 'Admin@Park.example', password: 'seed-admin-password' };

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await database.drop();
  });

  it('creates the first park admin once, and changes nothing when run again', async () => {
    expect(await seedPark(prisma, { admin, log })).toEqual({ adminCreated: true });
    const [first] = await prisma.user.findMany();
    expect(first).toMatchObject({ email: 'admin@park.example', role: 'PARK_ADMIN' });

    expect(await seedPark(prisma, { admin, log })).toEqual({ adminCreated: false });
    expect(await prisma.user.findMany()).toEqual([first]);
    expect(log).toHaveBeenLastCalledWith(
      'park admin admin@park.example: already present, unchanged',
    );
  });
});
