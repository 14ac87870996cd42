import { parseLsn } from './lsn';

describe('parseLsn', () => {
  it('orders WAL positions by both halves, and refuses anything else', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect((parseLsn('1/0') as bigint) > (parseLsn('0/FFFFFFFF') as bigint)).toBe(true);
    expect((parseLsn('16/B374D848') as bigint) < (parseLsn('16/B374D849') as bigint)).toBe(true);
    expect(parseLsn('')).toBeNull();
    expect(parseLsn('0/1; DROP')).toBeNull();
    expect(parseLsn(undefined)).toBeNull();
  });
});
