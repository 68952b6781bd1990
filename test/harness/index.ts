export * from './tools.js';
export * from './tls.js';
export * from './registry.js';
export * from './git-server.js';
export * from './base-image.js';
