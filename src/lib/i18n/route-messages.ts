/**
 * Registers the Japanese words that only screens behind a route use (the rules' messages, the consent
 * and provision words, the trial-work labels), so they are not part of the first screen's JavaScript.
 * The router loads this module with every screen that uses react-query (src/app/router.tsx); a screen
 * that shows these words without it would show keys, which the e2e suite and the unit tests would catch.
 */
import { domainJa } from './domain-ja';
import { registerMessages } from './i18n';
import { trialJa } from './trial-ja';

registerMessages({ ...domainJa, ...trialJa });
