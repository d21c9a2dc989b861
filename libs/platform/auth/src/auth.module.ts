import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '@park/platform/config';
import { AttemptLimiter } from './attempt-limiter';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './auth-user';
import { RefreshCookie } from './refresh-cookie';

/** JWT signing, attempt limiting and the refresh cookie; the global guard is bound by the app module. */
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
  providers: [AttemptLimiter, RefreshCookie],
  exports: [JwtModule, PassportModule, AttemptLimiter, RefreshCookie],
})
export class AuthModule {}
