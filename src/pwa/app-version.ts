/** The build's version (vite.config.ts `define`), shown in Settings so support can tell builds apart. */
declare const __APP_VERSION__: string;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
