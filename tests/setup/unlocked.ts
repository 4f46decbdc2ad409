// The device's data is encrypted at rest under the data key set at unlock (src/storage/crypto/data-key.ts):
// every test runs unlocked unless it clears the key itself.
import { beforeEach } from 'vitest';
import { setDataKey } from '../../src/storage/crypto/data-key';

const testDataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
beforeEach(() => setDataKey(testDataKey));
