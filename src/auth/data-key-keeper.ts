/**
 * Who opens this device's data key, and when (the session store decides when; this file how):
 * - the server's key for this user and device (online sign-in, a reload of an unlocked tab) opens the
 *   server-wrapped copy, or makes the data key when the device has none yet;
 * - the passcode opens the passcode-wrapped copy (offline unlock); a wrong passcode opens nothing;
 * - setting or changing the passcode re-wraps the same key: the data is never re-encrypted.
 * While unlocked it keeps the "opener" (a wrapping key and the copy it opens) in memory next to the
 * data key, because re-wrapping needs a copy it can open; both leave memory on lock and sign-out.
 * A wrapped key that none of the keys at hand opens (the server's key was replaced, say after it was
 * deleted) means the data encrypted with it is lost to this device: the sign-in wipes it and the
 * device pulls everything again under a new key.
 */
import { currentDataKey, setDataKey } from '../storage/crypto/data-key';
import { deletePasscode, readPasscode, readServerWrappedKey, writePasscode, writeServerWrappedKey, type StoredPasscode } from '../storage/session-repo';
import { makeDataKey, newPasscodeWrappingKey, openDataKey, passcodeWrappingKey, rewrap, serverWrappingKey, type Opener } from './data-key-wrapping';
import { deviceDbOnce, type DeviceDbSource } from './device-db-source';
import { verifyLegacyPasscode } from './passcode';

/** True when the stored passcode opens the data key (not a legacy hash): no passcode step needed. */
export const passcodeOpensKey = (passcode: StoredPasscode | undefined): boolean => passcode !== undefined && 'wrappedKey' in passcode;

export function createDataKeyKeeper(device: DeviceDbSource, wipe: () => Promise<void>) {
  const opened = deviceDbOnce(device);
  let opener: Opener | null = null;

  const unlocked = (dataKey: CryptoKey, by: Opener) => {
    opener = by;
    // The same key opened again (a sign-in while unlocked) is not news to the storage layer.
    if (currentDataKey() === null) setDataKey(dataKey);
  };

  return {
    /** Locked or signed out: the data key and its opener leave memory. */
    forget(): void {
      opener = null;
      if (currentDataKey() !== null) setDataKey(null);
    },

    /**
     * With the server's key (base64): opens the server-wrapped copy, or hands the server a copy when
     * the app is already unlocked by the passcode, or makes a new data key when there is none.
     * A key nothing here opens: `ifUnopenable: 'wipe'` (a sign-in) wipes and starts over; 'refuse'
     * (a reload) returns false so the passcode can still open it.
     */
    async openWithServerKey(raw: string, ifUnopenable: 'wipe' | 'refuse'): Promise<boolean> {
      const db = await opened();
      const wrappingKey = await serverWrappingKey(raw);
      const [byServer, passcode] = await Promise.all([readServerWrappedKey(db), readPasscode(db)]);
      if (byServer) {
        const dataKey = await openDataKey({ wrappingKey, wrappedKey: byServer });
        if (dataKey) {
          unlocked(dataKey, { wrappingKey, wrappedKey: byServer });
          return true;
        }
      }
      const current = currentDataKey();
      if (opener && current) {
        const copy = await rewrap(opener, wrappingKey);
        if (copy) {
          await writeServerWrappedKey(db, copy.wrappedKey);
          unlocked(current, copy);
          return true;
        }
      }
      if (byServer || passcodeOpensKey(passcode)) {
        if (ifUnopenable === 'refuse') return false;
        await wipe();
      } else if (passcode) {
        // A legacy hash cannot open the key about to be made: deleted BEFORE the server copy is
        // written, so no start ever finds that hash next to a key it would not open.
        await deletePasscode(db);
      }
      const made = await makeDataKey(wrappingKey);
      await writeServerWrappedKey(db, made.opener.wrappedKey);
      unlocked(made.dataKey, made.opener);
      return true;
    },

    /**
     * With the passcode: true when it opens the data key. A legacy hash that matches gets a data key
     * made and wrapped by this passcode (there is no server copy then: it is deleted before one is made).
     */
    async openWithPasscode(pin: string, passcode: StoredPasscode): Promise<boolean> {
      if ('wrappedKey' in passcode) {
        // The key derivation runs while the database may still be loading; the key is handed over once
        // it has (its listeners, such as the migration of data stored in clear, are then registered).
        const by = { wrappingKey: await passcodeWrappingKey(pin, passcode.salt, passcode.iterations), wrappedKey: passcode.wrappedKey };
        const dataKey = await openDataKey(by);
        await opened();
        if (dataKey) unlocked(dataKey, by);
        return dataKey !== null;
      }
      const db = await opened();
      if (!(await verifyLegacyPasscode(pin, passcode))) return false;
      const next = await newPasscodeWrappingKey(pin);
      const made = await makeDataKey(next.wrappingKey);
      await writePasscode(db, { salt: next.salt, iterations: next.iterations, wrappedKey: made.opener.wrappedKey, failures: passcode.failures });
      unlocked(made.dataKey, made.opener);
      return true;
    },

    /** The passcode (new or changed) wraps the unlocked data key; the old passcode's copy is replaced. */
    async setPasscode(pin: string): Promise<void> {
      const db = await opened();
      if (!opener) throw new Error('setPasscode: the data key is locked');
      const next = await newPasscodeWrappingKey(pin);
      const copy = await rewrap(opener, next.wrappingKey);
      if (!copy) throw new Error('setPasscode: the copy in hand does not open');
      await writePasscode(db, { salt: next.salt, iterations: next.iterations, wrappedKey: copy.wrappedKey, failures: 0 });
      opener = copy;
    },

    /**
     * Unlocked by the passcode on a device whose server copy is missing (it was set up offline after
     * the update): wraps a copy for the server's key, fetched only then, so a forgotten passcode can
     * later be recovered by an online sign-in.
     */
    async giveServerItsCopy(fetchServerKey: () => Promise<string>): Promise<void> {
      const db = await opened();
      if (!opener || (await readServerWrappedKey(db))) return;
      const copy = await rewrap(opener, await serverWrappingKey(await fetchServerKey()));
      if (copy && opener) await writeServerWrappedKey(db, copy.wrappedKey);
    },
  };
}
