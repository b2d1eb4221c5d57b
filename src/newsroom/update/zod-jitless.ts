/**
 * Imported first by run-import.ts, before the checker's schema is built: the page's CSP forbids
 * eval, and zod would otherwise probe for it (the browser reports the blocked probe) and decide
 * per schema, at construction, to use compiled parsers.
 */
import { config } from 'zod';

config({ jitless: true });
