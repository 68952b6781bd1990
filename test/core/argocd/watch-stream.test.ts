import { describe, expect, it } from 'vitest';
import { WatchStreamParser } from '../../../src/core/argocd/watch-stream.js';

const event = (rv: string) => JSON.stringify({ result: { type: 'MODIFIED', application: { metadata: { name: 'web', resourceVersion: rv } } } });

describe('WatchStreamParser', () => {
  it('reads newline-delimited JSON, joining lines split across chunks', () => {
    const parser = new WatchStreamParser();
    const line = `${event('1')}\n${event('2')}\n`;
    const events = [...parser.push(line.slice(0, 30)), ...parser.push(line.slice(30, 100)), ...parser.push(line.slice(100)), ...parser.end()];
    expect(events.map((e) => e.kind === 'event' && e.application.metadata?.resourceVersion)).toEqual(['1', '2']);
  });

  it('reads server-sent events and keepalive comments', () => {
    const parser = new WatchStreamParser();
    const events = parser.push(`data: ${event('3')} \n\n\n:\ndata: ${event('4')}\n\n`);
    expect(events.map((e) => e.kind)).toEqual(['event', 'keepalive', 'event']);
  });

  it('reports a stream error object and a last line without newline', () => {
    const parser = new WatchStreamParser();
    expect(parser.push('{"error":{"grpc_code":16,"http_code":401,"message":"invalid session"}}\n')).toEqual([{ kind: 'error', message: 'invalid session', httpCode: 401 }]);
    expect(parser.push(event('5'))).toEqual([]);
    expect(parser.end()).toHaveLength(1);
  });
});
