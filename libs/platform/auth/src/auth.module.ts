import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '@park/platform/config';
import { NodeRegistry } from '@park/platform/graphql';
import { AttemptLimiter } from './attempt-limiter';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './auth-user';
import { NodeLookup } from './node/node-lookup.service';
import { NodeResolver } from './node/node.resolver';
import { RefreshCookie } from './refresh-cookie';

/**
 * JWT signing, attempt limiting, the refresh cookie and `node(id)` (each feature registers its
 * types with the NodeRegistry); the global guard is bound by the app module.
 */
@Global()
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.get('JWT_SECRET'),
        signOptions: {
          algorithm: 'HS256',
          issuer: ACCESS_TOKEN_ISSUER,
          audience: ACCESS_TOKEN_AUDIENCE,
          expiresIn: config.get('ACCESS_TOKEN_TTL_SECONDS'),
        },
      }),
    }),
  ],
  providers: [AttemptLimiter, NodeRegistry, NodeLookup, NodeResolver, RefreshCookie],
  exports: [JwtModule, PassportModule, AttemptLimiter, NodeRegistry, RefreshCookie],
})
export class AuthModule {}
