import { describe, expect, it } from 'vitest';
import { toBase64 } from './base64';
import { makeDataKey, newPasscodeWrappingKey, openDataKey, passcodeWrappingKey, rewrap, serverWrappingKey } from './data-key-wrapping';

/** Few iterations: the tests are about wrapping, not about the cost of a guess. */
const FAST = 1_000;
const serverKey = () => toBase64(crypto.getRandomValues(new Uint8Array(32)));

async function roundTrip(dataKey: CryptoKey, other: CryptoKey): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, dataKey, new TextEncoder().encode('旭川 花子'));
  return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, other, sealed));
}

describe('data key wrapping', () => {
  it('makes an AES-GCM 256 data key that is not extractable, and its wrapped copy opens the same key', async () => {
    const { wrappingKey } = await newPasscodeWrappingKey('2468', FAST);
    const { dataKey, opener } = await makeDataKey(wrappingKey);
    expect(dataKey.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();
    // 32 bytes wrapped by AES-KW: 40 bytes, 56 in base64.
    expect(opener.wrappedKey).toMatch(/^[A-Za-z0-9+/]{54}==$/u);

    const reopened = await openDataKey(opener);
    expect(reopened?.extractable).toBe(false);
    expect(await roundTrip(dataKey, reopened!)).toBe('旭川 花子');
  });

  it('opens with the same passcode, salt and count, and not with a wrong passcode', async () => {
    const lock = await newPasscodeWrappingKey('2468', FAST);
    const { dataKey, opener } = await makeDataKey(lock.wrappingKey);
    const again = await openDataKey({ wrappingKey: await passcodeWrappingKey('2468', lock.salt, lock.iterations), wrappedKey: opener.wrappedKey });
    expect(await roundTrip(dataKey, again!)).toBe('旭川 花子');
    expect(await openDataKey({ wrappingKey: await passcodeWrappingKey('2469', lock.salt, lock.iterations), wrappedKey: opener.wrappedKey })).toBeNull();
    // The same passcode with another salt is another key: every device's copy needs its own guessing.
    const otherSalt = await newPasscodeWrappingKey('2468', FAST);
    expect(await openDataKey({ wrappingKey: otherSalt.wrappingKey, wrappedKey: opener.wrappedKey })).toBeNull();
  });

  it('re-wraps the same data key for a new passcode and for the server, never making another', async () => {
    const old = await newPasscodeWrappingKey('2468', FAST);
    const { dataKey, opener } = await makeDataKey(old.wrappingKey);
    const next = await newPasscodeWrappingKey('9753', FAST);
    const byNewPasscode = await rewrap(opener, next.wrappingKey);
    const byServer = await rewrap(byNewPasscode!, await serverWrappingKey(serverKey()));
    for (const copy of [byNewPasscode!, byServer!]) expect(await roundTrip(dataKey, (await openDataKey(copy))!)).toBe('旭川 花子');
    expect(byNewPasscode!.wrappedKey).not.toBe(opener.wrappedKey);
  });

  it('does not open with a server key other than the one it was wrapped with', async () => {
    const { opener } = await makeDataKey(await serverWrappingKey(serverKey()));
    const replaced = await serverWrappingKey(serverKey());
    expect(await openDataKey({ wrappingKey: replaced, wrappedKey: opener.wrappedKey })).toBeNull();
    expect(await rewrap({ wrappingKey: replaced, wrappedKey: opener.wrappedKey }, replaced)).toBeNull();
  });

  it('imports the server key so that it can wrap but never be read back', async () => {
    const key = await serverWrappingKey(serverKey());
    expect(key.extractable).toBe(false);
    expect(key.usages.sort()).toEqual(['unwrapKey', 'wrapKey']);
  });
});
