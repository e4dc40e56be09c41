import { z } from 'zod';

/**
 * The page's CSP has no 'unsafe-eval'. Zod compiles object parsers with
 * `new Function` when it can, and its probe for that is reported as a CSP
 * violation even though the error is caught; jitless mode skips the probe.
 * Schemas read the setting when they are built, so main.tsx imports this first.
 */
z.config({ jitless: true });
