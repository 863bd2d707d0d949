import { z } from 'zod';
import { Position } from './position.js';

/** How much a finding matters. */
export const Severity = z.enum(['error', 'warn', 'info']);

/** Something the parser noticed about the input, at a position (an unreadable date, say). */
export const Diagnostic = z
  .object({
    ruleId: z.string(),
    severity: Severity,
    message: z.string(),
    position: Position,
    end: Position.optional(),
  })
  .meta({ id: 'Diagnostic' });

/** Something the parser noticed about the input. */
export type Diagnostic = z.infer<typeof Diagnostic>;
/** How much a finding matters. */
export type Severity = z.infer<typeof Severity>;
