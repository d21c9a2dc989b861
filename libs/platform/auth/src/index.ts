export { AttemptLimiter, SignInAttempt } from './attempt-limiter';
export { AuthModule } from './auth.module';
export { AccessTokenClaims, AuthUser, PrincipalLookup } from './auth-user';
export { CurrentUser } from './current-user.decorator';
export { GqlAuthGuard } from './gql-auth.guard';
export { JwtStrategy } from './jwt.strategy';
export { Public } from './public.decorator';
export { ParkRequest, requestOf } from './request-of';
export { CredentialsGuard, VerifiedCredentials } from './credentials.guard';
