// The zod schemas of every message a page sends, checked by the server before anything reads them. Strict:
// an unknown field (a state a page would like the server to trust) is refused, not ignored.
import { z } from '../sim/zod';
import { type ControlAction, type Refusal, ROOM_PROTOCOL, type SessionMessage } from './protocol';

const id = z.string().min(1).max(64);
const version = z.literal(ROOM_PROTOCOL);

export const sessionSchema: z.ZodType<SessionMessage> = z.strictObject({
  scenario: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .max(64),
  seed: z.string().min(1).max(64),
  turns: z.number().int().min(1).max(24).optional(),
  fixedEvents: z.record(z.string().regex(/^[1-9][0-9]?$/), id).optional(),
});

export const decisionSchema = z.strictObject({
  approach: id,
  voice: id,
  governance: id,
  measure: z.array(id).max(16),
  moves: z.array(id).max(16),
  response: id.optional(),
});

const code = z.string().min(1).max(16);
const token = z.string().min(16).max(64);

export const teamJoinSchema = z.strictObject({ v: version, code, name: z.string().min(1).max(200) });
export const teamResumeSchema = z.strictObject({ v: version, code, team: id, token });
export const teamStartSchema = z.strictObject({ v: version, objective: id });
export const teamDecideSchema = z.strictObject({
  v: version,
  turn: z.number().int().min(1).max(24),
  decision: decisionSchema,
});
export const teamPresenceSchema = z.strictObject({ v: version, view: z.enum(['choosing', 'confirmed']) });
export const boardCreateSchema = z.strictObject({ v: version, key: token, session: sessionSchema });
export const boardOpenSchema = z.strictObject({ v: version, code, secret: token });

export const controlActionSchema: z.ZodType<ControlAction> = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('hold'), turn: z.number().int().min(0).max(24) }),
  z.strictObject({ action: z.literal('release') }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('countdown'), seconds: z.number().int().min(10).max(3600) }),
  z.strictObject({ action: z.literal('cancel-countdown') }),
  z.strictObject({ action: z.literal('push-event'), event: id }),
  z.strictObject({ action: z.literal('close') }),
]);
export const boardControlSchema = z.strictObject({ v: version, control: controlActionSchema });

/** Parses a message; a refusal names the first problem (never the whole input back). */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): { ok: true; value: T } | Refusal {
  if (raw && typeof raw === 'object' && 'v' in raw && raw.v !== ROOM_PROTOCOL)
    return {
      ok: false,
      code: 'version',
      message: `this page speaks room protocol ${String(raw.v)}; the server speaks ${ROOM_PROTOCOL}: reload the page`,
    };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'message';
  return { ok: false, code: 'bad-message', message: `${where}: ${issue?.message ?? 'invalid'}` };
}
