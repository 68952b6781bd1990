import { describe, expect, it } from 'vitest';
import { signV4 } from '../../../src/core/oci/aws-sigv4.js';

describe('signV4', () => {
  it("gives the signature of AWS's own worked example (IAM ListUsers, 2015-08-30)", () => {
    const headers = signV4(
      {
        method: 'GET',
        url: new URL('https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08'),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: '',
      },
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      'us-east-1',
      'iam',
      new Date('2015-08-30T12:36:00Z'),
    );
    expect(headers).toEqual({
      'X-Amz-Date': '20150830T123600Z',
      Authorization:
        'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, ' +
        'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    });
  });

  it('signs the session token of temporary keys too', () => {
    const headers = signV4({ method: 'POST', url: new URL('https://api.ecr.eu-west-1.amazonaws.com/'), headers: {}, body: '{}' }, { accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: 'session' }, 'eu-west-1', 'ecr', new Date(0));
    expect(headers['X-Amz-Security-Token']).toBe('session');
    expect(headers.Authorization).toContain('Credential=AKID/19700101/eu-west-1/ecr/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token,');
  });
});
