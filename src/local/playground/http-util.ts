// Small HTTP helpers for the playground server: replies, JSON bodies, and the checks that keep
// a 127.0.0.1 server from being driven by other sites (Host for DNS rebinding, Origin + JSON for
// cross-site POSTs).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, send } from '../http';

export { send };

const MAX_BODY = 256 * 1024;

export function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, 'application/json', JSON.stringify(value));
}

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req, MAX_BODY);
  const value: unknown = text ? JSON.parse(text) : {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
  return value as Record<string, unknown>;
}

/** Same host we listen on, and for POSTs: same origin (or none) and a JSON body. */
export function allowed(req: IncomingMessage, origins: string[]): boolean {
  if (!origins.includes(`http://${req.headers.host ?? ''}`)) return false;
  if (req.method !== 'POST') return true;
  const origin = req.headers.origin;
  return (origin === undefined || origins.includes(origin)) && String(req.headers['content-type'] ?? '').startsWith('application/json');
}
