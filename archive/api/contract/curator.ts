// Every method of the curator workspace. Sign-in and "who am I" are reachable without a session; the rest
// need one (access 'curator'), and managing curators or kiosk settings needs the admin role.
import { curatorAuditMethods } from './curator-audit';
import { curatorAuthMethods } from './curator-auth';
import { curatorContentMethods } from './curator-content';
import { curatorImportMethods } from './curator-import';
import { curatorLintMethods } from './curator-lint';
import { curatorMediaMethods } from './curator-media';
import { curatorReviewMethods } from './curator-review';
import { curatorSettingsMethods } from './curator-settings';

export const curatorMethods = {
  ...curatorAuthMethods,
  ...curatorContentMethods,
  ...curatorMediaMethods,
  ...curatorAuditMethods,
  ...curatorReviewMethods,
  ...curatorSettingsMethods,
  ...curatorImportMethods,
  ...curatorLintMethods,
} as const;

export * from './curator-audit';
export * from './curator-auth';
export * from './curator-content';
export * from './curator-errors';
export * from './curator-import';
export * from './curator-lint';
export * from './curator-media';
export * from './curator-review';
export * from './curator-settings';
export * from './import-report';
export * from './lint-report';
