import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  GatewayDispatchEvents,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
  type GatewayReceivePayload,
  type GatewaySendPayload,
} from 'discord-api-types/v10';
import { applicationPayload, botMember, botUser, guildCreatePayload } from './fixtures.js';
import { shardOf, type World } from './world.js';

const HEARTBEAT_INTERVAL_MS = 41_250;

interface Session {
  id: string;
  /** [shard id, shard count] from IDENTIFY. */
  shard: [number, number];
  seq: number;
  socket: WebSocket | undefined;
  /** Dispatches made while the bot was disconnected; replayed on RESUME. */
  missed: { t: string; d: unknown }[];
}

export interface Gateway {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  dispatch(event: string, data: unknown): void;
  close(code: number): void;
  invalidateSession(resumable: boolean): void;
  readonly stats: { connections: number; identifies: number; resumes: number };
  /** Whether a session exists (the bot identified and was not invalidated). */
  readonly hasSession: boolean;
  /** The shard ids that have a session, e.g. [0, 1] once two processes each identified one of two shards. */
  readonly shards: number[];
  stop(): void;
}

/**
 * The WebSocket gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME → replay + RESUMED. One
 * session per shard, as Discord keeps them: a shard's READY lists only its guilds (`(guild_id >> 22) % count`),
 * and an event about a guild goes to the session of the shard that owns it (others to shard 0's).
 */
export function createGateway(world: World, gatewayUrl: string, onChange: () => void): Gateway {
  const wss = new WebSocketServer({ noServer: true });
  const stats = { connections: 0, identifies: 0, resumes: 0 };
  const sessions = new Map<number, Session>();
  const owns = (session: Session, guildId: string) => shardOf(guildId, session.shard[1]) === session.shard[0];
  const sessionFor = (data: unknown): Session | undefined => {
    const guildId = (data as { guild_id?: unknown } | null)?.guild_id;
    if (typeof guildId === 'string')
      for (const session of sessions.values()) if (owns(session, guildId)) return session;
    return sessions.get(0) ?? sessions.values().next().value;
  };

  const send = (
    socket: WebSocket,
    payload: GatewayReceivePayload | { op: number; d: unknown; s: number | null; t: string | null },
  ) => socket.send(JSON.stringify(payload));

  function dispatch(event: string, data: unknown, to = sessionFor(data)): void {
    const session = to;
    if (!session) throw new Error('No gateway session: log the discord.js client in before dispatching events');
    if (!session.socket) {
      session.missed.push({ t: event, d: data });
      return;
    }
    session.seq += 1;
    send(session.socket, { op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d: data });
  }

  function identify(socket: WebSocket, shard: [number, number]): void {
    stats.identifies += 1;
    const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0, socket, missed: [] };
    sessions.set(shard[0], session);
    const guilds = world.guilds.filter((guild) => owns(session, guild.id));
    const ready = {
      v: 10,
      user: botUser(world),
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: gatewayUrl,
      shard,
      application: applicationPayload(world),
    } satisfies GatewayReadyDispatchData;
    dispatch(GatewayDispatchEvents.Ready, ready, session);
    for (const guild of guilds) dispatch(GatewayDispatchEvents.GuildCreate, guildCreatePayload(world, guild), session);
  }

  function resume(socket: WebSocket, sessionId: string, token: string): void {
    stats.resumes += 1;
    const session = [...sessions.values()].find((candidate) => candidate.id === sessionId);
    if (!session || token !== world.token) {
      send(socket, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    session.socket = socket;
    const missed = session.missed.splice(0);
    for (const event of missed) dispatch(event.t, event.d, session);
    dispatch(GatewayDispatchEvents.Resumed, {}, session);
  }

  function onMessage(socket: WebSocket, payload: GatewaySendPayload): void {
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        send(socket, { op: GatewayOpcodes.HeartbeatAck, d: undefined, s: null, t: null });
        break;
      case GatewayOpcodes.Identify:
        if (payload.d.token.replace(/^Bot\s+/i, '') !== world.token) socket.close(4004, 'Authentication failed.');
        else identify(socket, (payload.d.shard as [number, number] | undefined) ?? [0, 1]);
        break;
      case GatewayOpcodes.Resume:
        resume(socket, payload.d.session_id, payload.d.token);
        break;
      case GatewayOpcodes.RequestGuildMembers: {
        const guild = world.guilds.find((g) => g.id === payload.d.guild_id);
        const members = guild ? [botMember(world, guild)] : [];
        dispatch(GatewayDispatchEvents.GuildMembersChunk, {
          guild_id: payload.d.guild_id,
          members,
          chunk_index: 0,
          chunk_count: 1,
          nonce: payload.d.nonce,
        });
        break;
      }
      default: // presence and voice updates are accepted and ignored
        break;
    }
    onChange();
  }

  wss.on('connection', (socket) => {
    stats.connections += 1;
    socket.on('message', (data) => onMessage(socket, JSON.parse(String(data)) as GatewaySendPayload));
    socket.on('close', () => {
      for (const session of sessions.values()) if (session.socket === socket) session.socket = undefined;
      onChange();
    });
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS }, s: null, t: null });
  });

  return {
    handleUpgrade(req, socket, head) {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (pathname !== '/gateway' && pathname !== '/gateway/') return void socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    dispatch,
    close: (code) => {
      for (const session of sessions.values()) session.socket?.close(code);
    },
    invalidateSession(resumable) {
      for (const [shardId, session] of sessions) {
        if (!resumable) sessions.delete(shardId);
        if (session.socket) send(session.socket, { op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
      }
    },
    stats,
    get hasSession() {
      return sessions.size > 0;
    },
    get shards() {
      return [...sessions.keys()].sort((a, b) => a - b);
    },
    stop() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
