import 'fake-indexeddb/auto';
// The words the router loads with its screens (src/lib/i18n/route-messages.ts), for components rendered alone.
import '../../src/lib/i18n/route-messages';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait for a condition; their 1 s default ceiling is shorter than a save through
// fake-indexeddb, the rules and the encryption takes on a loaded CI machine (a student import of four
// rows missed it once). A condition met early still returns at once.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
