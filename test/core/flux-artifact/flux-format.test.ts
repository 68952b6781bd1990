import { describe, expect, it } from 'vitest';
import {
  buildAnnotations,
  buildConfigBlob,
  buildManifest,
  FLUX_CONFIG_MEDIA_TYPE,
  FLUX_CONTENT_MEDIA_TYPE,
  REPRODUCIBLE_CREATED,
  rfc3339Seconds,
} from '../../../src/core/flux-artifact/flux-format.js';
import { ConfigurationError } from '../../../src/core/errors.js';

const DIFF_ID = `sha256:${'a'.repeat(64)}`;

describe('the Flux manifest and config', () => {
  it('writes the 233-byte classic config with created equal to the annotation', () => {
    const config = buildConfigBlob(DIFF_ID, '2026-08-07T12:34:56Z');
    expect(config.length).toBe(233);
    expect(config.toString()).toBe(
      `{"architecture":"","created":"2026-08-07T12:34:56Z","history":[{"created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"layers","diff_ids":["${DIFF_ID}"]},"config":{}}`,
    );
  });

  it('lays the manifest out as Go json.Marshal does: field order, sorted keys, HTML-safe escapes', () => {
    const config = { mediaType: FLUX_CONFIG_MEDIA_TYPE, size: 233, digest: `sha256:${'c'.repeat(64)}` };
    const layer = { mediaType: FLUX_CONTENT_MEDIA_TYPE, size: 19081, digest: `sha256:${'d'.repeat(64)}` };
    const annotations = buildAnnotations({
      source: 'https://github.com/org/app',
      revision: 'main@sha1:0123',
      created: REPRODUCIBLE_CREATED,
      extra: new Map([['team', 'a<b>&c'], ['1', 'numeric keys stay in byte order']]),
    });
    expect(buildManifest(config, layer, annotations).toString()).toBe(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",' +
        `"config":{"mediaType":"application/vnd.cncf.flux.config.v1+json","size":233,"digest":"${config.digest}"},` +
        `"layers":[{"mediaType":"application/vnd.cncf.flux.content.v1.tar+gzip","size":19081,"digest":"${layer.digest}"}],` +
        '"annotations":{"1":"numeric keys stay in byte order","org.opencontainers.image.created":"1970-01-01T00:00:00Z",' +
        '"org.opencontainers.image.revision":"main@sha1:0123","org.opencontainers.image.source":"https://github.com/org/app",' +
        '"team":"a\\u003cb\\u003e\\u0026c"}}',
    );
  });

  it('lets an annotation override the built-in ones, but only with an RFC 3339 created time', () => {
    const base = { source: 's', revision: 'r', created: '2026-01-01T00:00:00Z' };
    expect(buildAnnotations({ ...base, extra: new Map([['org.opencontainers.image.source', 'mine']]) })['org.opencontainers.image.source']).toBe('mine');
    const bad = () => buildAnnotations({ ...base, extra: new Map([['org.opencontainers.image.created', 'yesterday']]) });
    expect(bad).toThrow(ConfigurationError);
    expect(bad).toThrow(/Input "annotations": org.opencontainers.image.created must be an RFC 3339 time/);
    expect(rfc3339Seconds(new Date('2026-08-07T12:34:56.789Z'))).toBe('2026-08-07T12:34:56Z');
  });
});
