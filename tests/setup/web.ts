import 'fake-indexeddb/auto';
// The words the router loads with its screens (src/lib/i18n/route-messages.ts), for components rendered alone.
import '../../src/lib/i18n/route-messages';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
