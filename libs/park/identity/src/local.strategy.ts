import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { User as UserRow } from '@park/platform/database';
import { Request } from 'express';
import { Strategy } from 'passport-local';
import { IdentityService } from './identity.service';

/** passport-local for `login`: email + password, throttled per email and client address. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly identity: IdentityService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, email: string, password: string): Promise<UserRow> {
    return this.identity.verifyCredentials(email, password, request.ip ?? 'unknown');
  }
}
