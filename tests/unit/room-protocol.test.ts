// The live room's protocol: room codes people can type, and messages checked before anything reads them.
import { describe, expect, it } from 'vitest';
import { ROOM_PROTOCOL } from '../../src/room/protocol';
import {
  cleanRoomCode,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
  roomCodeFrom,
  showRoomCode,
} from '../../src/room/room-code';
import { boardControlSchema, parseMessage, teamDecideSchema, teamJoinSchema } from '../../src/room/schemas';

describe('room codes', () => {
  it('have 6 characters without look-alikes', () => {
    for (const ch of '0O1IL2Z5S8B') expect(ROOM_CODE_ALPHABET).not.toContain(ch);
    const code = roomCodeFrom(new Uint8Array([0, 24, 25, 49, 200, 255]));
    expect(code).toHaveLength(ROOM_CODE_LENGTH);
    for (const ch of code) expect(ROOM_CODE_ALPHABET).toContain(ch);
  });

  it('are read whatever the case, spaces or dash', () => {
    expect(cleanRoomCode('kx7 4mq')).toBe('KX74MQ');
    expect(cleanRoomCode(' KX7-4MQ ')).toBe('KX74MQ');
    expect(showRoomCode('KX74MQ')).toBe('KX7 4MQ');
  });

  it('refuse what cannot be a code', () => {
    for (const bad of ['', 'KX74M', 'KX74MQA', 'KX74M0', 'KX74MI', 'KX7.4M'])
      expect(cleanRoomCode(bad)).toBeNull();
  });
});

describe('messages', () => {
  const decision = {
    approach: 'campaign',
    voice: 'dialogue',
    governance: 'top-down',
    measure: [],
    moves: [],
  };

  it('accepts a well-formed decision', () => {
    const r = parseMessage(teamDecideSchema, { v: ROOM_PROTOCOL, turn: 3, decision });
    expect(r.ok).toBe(true);
  });

  it('refuses another protocol version with a reason to reload', () => {
    const r = parseMessage(teamDecideSchema, { v: 99, turn: 3, decision });
    expect(r).toMatchObject({ ok: false, code: 'version' });
  });

  it('refuses extra fields (a state sent by a page is never read) and names the field', () => {
    const forged = parseMessage(teamDecideSchema, { v: 1, turn: 3, decision, state: { trust: 9999 } });
    expect(forged).toMatchObject({ ok: false, code: 'bad-message' });
    const bad = parseMessage(teamDecideSchema, { v: 1, turn: 0, decision });
    expect(bad.ok === false && bad.message).toMatch(/^turn:/);
    const long = parseMessage(teamDecideSchema, {
      v: 1,
      turn: 1,
      decision: { ...decision, voice: 'x'.repeat(65) },
    });
    expect(long.ok).toBe(false);
  });

  it('refuses anything that is not an object', () => {
    for (const raw of [null, 'join', 42, [1, 2]]) expect(parseMessage(teamJoinSchema, raw).ok).toBe(false);
  });

  it('knows the facilitator controls and nothing else', () => {
    expect(parseMessage(boardControlSchema, { v: 1, control: { action: 'hold', turn: 4 } }).ok).toBe(true);
    expect(parseMessage(boardControlSchema, { v: 1, control: { action: 'countdown', seconds: 5 } }).ok).toBe(
      false,
    );
    expect(parseMessage(boardControlSchema, { v: 1, control: { action: 'delete-everything' } }).ok).toBe(
      false,
    );
  });
});
