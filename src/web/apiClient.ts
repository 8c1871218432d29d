/** The dashboard's only way to the data: GET requests to the server it was loaded from. */
import type {
  ActorSummary,
  DocumentDetail,
  Escalation,
  EventDetail,
  EventPoint,
  Network,
  SearchHit,
} from "./apiTypes.ts";

/** An answer other than 2xx, with the server's own message ({ error }). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(
  path: string,
  params: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<T> {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(query ? `${path}?${query}` : path, {
    headers: { accept: "application/json" },
    signal,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new ApiRequestError(response.status, body?.error ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export const api = {
  points: (filter: Record<string, string>, signal?: AbortSignal) =>
    getJson<EventPoint[]>("/api/points", filter, signal),
  event: (id: string, signal?: AbortSignal) =>
    getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`, {}, signal),
  document: (id: number, signal?: AbortSignal) => getJson<DocumentDetail>(`/api/documents/${id}`, {}, signal),
  network: (filter: Record<string, string>, signal?: AbortSignal) =>
    getJson<Network>("/api/network", filter, signal),
  escalation: (dyad: string, period: string, signal?: AbortSignal) =>
    getJson<Escalation>("/api/escalation", { dyad, period }, signal),
  search: (q: string, signal?: AbortSignal) =>
    getJson<SearchHit[]>("/api/search", { q, limit: "200" }, signal),
  actors: (signal?: AbortSignal) => getJson<ActorSummary[]>("/api/actors", {}, signal),
};
