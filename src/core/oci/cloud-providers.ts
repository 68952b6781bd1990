/**
 * Cloud registries whose login is a short-lived token made from the cloud's own credentials,
 * as `flux push artifact --provider` does (fluxcd/pkg auth/aws, auth/azure, auth/gcp). A module
 * of its own: the input parsers need only the names, not the token exchanges (cloud-login.ts
 * pulls in the HTTP stack and crypto, which the CLI would otherwise load at every start).
 */
export const PROVIDERS = ['generic', 'aws', 'azure', 'gcp'] as const;
export type Provider = (typeof PROVIDERS)[number];
