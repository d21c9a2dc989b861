import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { User as UserRow } from '@park/platform/database';
import { Request } from 'express';
import { validationPipe } from '@park/platform/graphql';
import { Strategy } from 'passport-local';
import { LoginInput } from './identity.input';
import { IdentityService } from './identity.service';

const loginInput = validationPipe();

/** passport-local for `login`: email + password, throttled per email and client address. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly identity: IdentityService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: Request, email: string, password: string): Promise<UserRow> {
    // The guard runs before the argument pipe: hold the input to LoginInput's rules (no NUL,
    // bounded lengths) before it reaches the database or the password hasher.
    await loginInput.transform(
      { email, password },
      { type: 'body', metatype: LoginInput, data: 'input' },
    );
    return this.identity.verifyCredentials(email, password, request.ip ?? 'unknown');
  }
}
