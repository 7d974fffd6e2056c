import { describe, expect, it } from 'vitest';
import { errorEnvelope, PatchbayError, slugForStatus } from '../src/errors.js';

describe('errorEnvelope', () => {
  it('always carries message, code and status, and only the optional fields given', () => {
    expect(errorEnvelope({ status: 404, message: 'No such server' })).toEqual({
      error: { message: 'No such server', code: 404, status: 404 },
    });
    expect(
      errorEnvelope({
        status: 400,
        message: 'Invalid body',
        slug: 'validation_error',
        requestId: 'r1',
        suggestedFix: 'Fix it',
        errors: ['name: too short'],
        code: 4001,
      }),
    ).toEqual({
      error: {
        message: 'Invalid body',
        code: 4001,
        status: 400,
        slug: 'validation_error',
        request_id: 'r1',
        suggested_fix: 'Fix it',
        errors: ['name: too short'],
      },
    });
  });

  it('omits an empty errors list', () => {
    expect(errorEnvelope({ status: 500, message: 'x', errors: [] }).error).not.toHaveProperty('errors');
  });
});

describe('PatchbayError', () => {
  it('round-trips through its envelope', () => {
    const original = new PatchbayError({ status: 409, message: 'exists', slug: 'conflict', requestId: 'q' });
    const copy = PatchbayError.fromResponse(409, JSON.parse(JSON.stringify(original)));
    expect(copy).toMatchObject({ status: 409, message: 'exists', slug: 'conflict', requestId: 'q', code: 409 });
    expect(copy).toBeInstanceOf(Error);
  });

  it('uses the response request id when the body has none', () => {
    const error = PatchbayError.fromResponse(500, { error: { message: 'x', status: 500, code: 500 } }, 'hdr-id');
    expect(error.requestId).toBe('hdr-id');
    expect(error.slug).toBe('internal_error');
  });

  it('ignores malformed fields instead of trusting them', () => {
    const error = PatchbayError.fromResponse(400, {
      error: { message: 'bad', status: 400, code: 'nope', errors: ['a', 3, null], slug: 7 },
    });
    expect(error).toMatchObject({ code: 400, errors: ['a'], slug: 'bad_request' });
  });

  it.each([null, 'text', 42, { error: 'flat' }, { error: { message: 1, status: 2 } }, {}])(
    'builds a readable error from a non-envelope body %j',
    (body) => {
      const error = PatchbayError.fromResponse(502, body);
      expect(error.status).toBe(502);
      expect(error.message).toContain('502');
      expect(error.suggestedFix).toBeTruthy();
    },
  );

  it('names statuses it has no slug for by class', () => {
    expect(slugForStatus(418)).toBe('client_error');
    expect(slugForStatus(599)).toBe('server_error');
  });
});
