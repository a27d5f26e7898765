/** The package version, injected by the bundler (scripts/bundle.mjs); 'dev' when run unbundled. */
declare const __SHIPSHAPE_VERSION__: string | undefined;

export const VERSION: string = typeof __SHIPSHAPE_VERSION__ === 'string' ? __SHIPSHAPE_VERSION__ : 'dev';
