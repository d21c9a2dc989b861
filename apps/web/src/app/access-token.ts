// The access token lives in this module's memory only (never in storage a script could read
// later); the refresh token is the API's httpOnly `park_refresh` cookie, scoped to /graphql.
let accessToken: string | null = null;

export const accessTokens = {
  current: (): string | null => accessToken,
  set: (token: string | null): void => {
    accessToken = token;
  },
};
