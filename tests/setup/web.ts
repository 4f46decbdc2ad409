import 'fake-indexeddb/auto';
// The words the router loads with its screens (src/lib/i18n/route-messages.ts), for components rendered alone.
import '../../src/lib/i18n/route-messages';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { setDataKey } from '../../src/storage/crypto/data-key';

afterEach(() => cleanup());

// The device's data is encrypted at rest under the data key set at unlock (src/storage/crypto/data-key.ts):
// every test runs unlocked unless it clears the key itself.
const testDataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
beforeEach(() => setDataKey(testDataKey));
