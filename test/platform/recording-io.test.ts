import { describe, expect, it } from 'vitest';
import { RecordingIO } from '../../src/platform/recording-io.js';

describe('RecordingIO', () => {
  it('records lines by level, closes groups when their body throws, and redacts what it keeps', async () => {
    const io = new RecordingIO();
    io.mask('hunter2-secret\nsecond-line');
    io.info('logging in with hunter2-secret');
    await expect(
      io.group('login', async () => {
        io.debug('second-line alone is masked too');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    io.setOutput('token', 'hunter2-secret');
    await io.writeSummary('| hunter2-secret |');
    expect(io.lines).toEqual([
      { level: 'info', message: 'logging in with ***' },
      { level: 'group', message: 'login' },
      { level: 'debug', message: '*** alone is masked too' },
      { level: 'endgroup', message: 'login' },
    ]);
    expect(io.openGroups).toBe(0);
    expect(io.outputs.get('token')).toBe('***');
    expect(io.summary).toBe('| *** |');
    expect(io.everything).not.toContain('hunter2');
  });

  it('does not mask values too short to mask safely', () => {
    const io = new RecordingIO();
    io.mask('ab');
    io.info('about tabs');
    expect(io.text('info')).toBe('about tabs');
  });
});
