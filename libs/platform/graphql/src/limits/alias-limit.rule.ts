import { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';
import { ErrorCode } from '../errors/domain-error';

/** Caps aliases per document: aliases are how one request multiplies expensive fields. */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(field) {
        if (!field.alias) return;
        aliases += 1;
        if (aliases === maxAliases + 1) {
          context.reportError(
            new GraphQLError(`More than ${maxAliases} aliases in one request`, {
              nodes: [field],
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            }),
          );
        }
      },
    };
  };
}
