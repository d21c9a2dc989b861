import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { SignedTokens } from '@park/identity';
import { AppConfig } from '@park/platform/config';

interface DownloadClaims {
  sub: string;
  /** The export it opens: a link opens that one file, for that one person. */
  exp_id: string;
}

/**
 * The download links of data exports: `PUBLIC_URL/account/exports/<id>?token=…`, signed under a
 * key of their own, bound to the owner and the export, good for DATA_EXPORT_LINK_MINUTES.
 * `myDataExports` signs a fresh one each time it is read.
 */
@Injectable()
export class DataExportLinks {
  private readonly tokens: SignedTokens<DownloadClaims>;
  private readonly publicUrl: string;
  private readonly ttlSeconds: number;

  constructor(jwt: JwtService, config: AppConfig) {
    this.tokens = new SignedTokens(jwt, config, {
      keyName: 'data-export-download',
      audience: 'park-commons:data-export',
    });
    this.publicUrl = config.get('PUBLIC_URL').replace(/\/$/, '');
    this.ttlSeconds = config.get('DATA_EXPORT_LINK_MINUTES') * 60;
  }

  async url(userId: string, exportId: string): Promise<string> {
    const token = await this.tokens.sign({ sub: userId, exp_id: exportId }, this.ttlSeconds);
    return `${this.publicUrl}/account/exports/${exportId}?token=${encodeURIComponent(token)}`;
  }

  /** The owner the link was signed for, if it is genuine, unexpired and for this export. */
  async ownerOf(exportId: string, token: unknown): Promise<string | null> {
    if (typeof token !== 'string' || token.length > 2048) return null;
    const claims = await this.tokens.verify(token);
    return claims && claims.exp_id === exportId ? claims.sub : null;
  }
}
