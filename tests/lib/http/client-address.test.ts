import { describe, expect, it } from 'vitest';
import { clientAddress, UNKNOWN_CLIENT } from '@/lib/http/client-address';

const withForwarded = (value?: string) => new Request('http://localhost/', value === undefined ? {} : { headers: { 'x-forwarded-for': value } });

describe('clientAddress', () => {
  it('ignores X-Forwarded-For when no proxy is trusted: anyone can send it', () => {
    expect(clientAddress(withForwarded('203.0.113.7'), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(withForwarded(), 0)).toBe(UNKNOWN_CLIENT);
  });

  it('takes the entry the outermost trusted proxy appended, not the ones the client wrote', () => {
    expect(clientAddress(withForwarded('203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(withForwarded('1.1.1.1, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(withForwarded('1.1.1.1, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
    expect(clientAddress(withForwarded(' 2001:db8::1 '), 1)).toBe('2001:db8::1');
  });

  it('takes the left-most entry when there are fewer entries than trusted hops', () => {
    expect(clientAddress(withForwarded('203.0.113.7'), 2)).toBe('203.0.113.7');
  });

  it('falls back to the shared bucket without a header or with something that is not an IP', () => {
    expect(clientAddress(withForwarded(), 1)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(withForwarded('1.1.1.1, not-an-address'), 1)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(withForwarded(' , '), 1)).toBe(UNKNOWN_CLIENT);
  });
});
