import { describe, expect, it } from 'vitest';
import { AUTH_FAILURE_DESCRIPTIONS, algNotAllowedDescription, bearerChallenge } from './challenge';

describe('RFC 6750 challenges', () => {
  it('has no error attribute without a description (missing token, §3.1)', () => {
    expect(bearerChallenge('api-gateway')).toBe('Bearer realm="api-gateway"');
  });

  it('adds error="invalid_token" and the description for an invalid token', () => {
    expect(bearerChallenge('api-gateway', 'token expired')).toBe(
      'Bearer realm="api-gateway", error="invalid_token", error_description="token expired"',
    );
  });

  it('keeps every description inside the characters RFC 6750 allows', () => {
    for (const description of Object.values(AUTH_FAILURE_DESCRIPTIONS)) {
      expect(description).toMatch(/^[\x20\x21\x23-\x5b\x5d-\x7e]+$/);
    }
    expect(bearerChallenge('r', 'bad "quote"\\ and\n break')).toBe(
      'Bearer realm="r", error="invalid_token", error_description="bad quote and break"',
    );
    expect(bearerChallenge('a"b')).toBe('Bearer realm="a\\"b"');
  });

  it('echoes only a short alphanumeric alg from the attacker-controlled header', () => {
    expect(algNotAllowedDescription('none')).toBe('alg none not allowed');
    expect(algNotAllowedDescription('HS256')).toBe('alg HS256 not allowed');
    expect(algNotAllowedDescription('x", error="y')).toBe('alg not allowed');
    expect(algNotAllowedDescription(undefined)).toBe('alg not allowed');
  });
});
