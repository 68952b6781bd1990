import type { SecretValue } from '../secret-value.js';

export type ArgocdCredentials = { kind: 'token'; token: SecretValue } | { kind: 'login'; username: string; password: SecretValue };
