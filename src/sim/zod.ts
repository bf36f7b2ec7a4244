// zod for the whole project, configured once: jitless, so zod never probes `new Function` (a strict
// Content-Security-Policy without 'unsafe-eval' reports that probe as a violation; src/csp.ts). Every
// schema imports z from here, never from 'zod' directly.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
