import type { z } from "zod";
import { chainJson, chains } from "../analyze/chains.ts";
import { claimThreads } from "../analyze/claims.ts";
import { parseDyad } from "../analyze/dyads.ts";
import { escalation } from "../analyze/escalation.ts";
import { type FusedEvent, fusedEvents } from "../analyze/fusedEvents.ts";
import { loadDyadEvents } from "../analyze/loadDyadEvents.ts";
import { loadFusedEvents } from "../analyze/loadFusedEvents.ts";
import { actorNetwork } from "../analyze/network.ts";
import { placeSummaries } from "../analyze/places.ts";
import { relations } from "../analyze/relations.ts";
import { timeline } from "../analyze/timeline.ts";
import { parseDocument } from "../ingest/parseDocument.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { addDays } from "../resolve/calendar.ts";
import type { EventFilter, Store } from "../store/Store.ts";
import { ApiError } from "./ApiError.ts";
import { ingestDocument } from "./ingestDocument.ts";
import {
  analysisQuery,
  chainsQuery,
  documentInput,
  escalationQuery,
  eventListQuery,
  noQuery,
  pointsQuery,
  searchQuery,
  timelineQuery,
} from "./querySchemas.ts";

export interface RouteContext<Q> {
  store: Store;
  /** The knowledge base, loaded on first use (only writes need it). */
  knowledgeBase(): KnowledgeBase;
  /** The fused events a filter selects, shared between requests for a few seconds (see fusedEventsCache.ts). */
  fused(filter: EventFilter): Promise<FusedEvent[]>;
  query: Q;
  params: Record<string, string>;
  body: unknown;
}

export interface Route<S extends z.ZodType = z.ZodType> {
  method: "GET" | "POST";
  /** A path with `:name` parameters. */
  path: string;
  summary: string;
  query: S;
  /** The schema of a JSON body (writes only). */
  body?: z.ZodType;
  /** Writes need the server's token. */
  write?: boolean;
  handle(context: RouteContext<z.infer<S>>): Promise<unknown>;
}

const route = <S extends z.ZodType>(r: Route<S>) => r as unknown as Route;

/** A fused event as the API gives it: its reports' ids, not whole reports. */
function fusedJson(e: FusedEvent) {
  const { reports, ...rest } = e;
  return {
    ...rest,
    reports: reports.map((r) => ({
      id: r.event.id,
      doc: r.event.doc,
      source: r.document.source,
      reason: r.fusion?.reason ?? null,
    })),
  };
}

const today = () => new Date().toISOString().slice(0, 10);

export const ROUTES: readonly Route[] = [
  route({
    method: "GET",
    path: "/api/events",
    summary: "Stored events (reports), filtered, a page at a time",
    query: eventListQuery,
    handle: ({ store, query }) => store.events(query),
  }),
  route({
    method: "GET",
    path: "/api/events/:id",
    summary: "One event with its document, the other reports of the same event, and the chains it belongs to",
    query: noQuery,
    async handle({ store, params }) {
      const report = await store.event(params.id ?? "");
      if (!report) throw new ApiError(404, `no event "${params.id}"`);
      const fusedId = report.fusion?.fusedId ?? report.event.id;
      const { events: members } = await store.events({ fusedId, limit: 1000 });
      const [fused] = fusedEvents(members.length > 0 ? members : [report]);
      const document = await store.document(report.documentId);
      const related = fused?.date
        ? await loadFusedEvents(store, {
            since: addDays(fused.date.start, -30),
            until: addDays(fused.date.end, 30),
          })
        : [];
      const involving = chains(related).filter((c) => c.events.some((e) => e.id === fused?.id));
      return {
        report,
        fused: fused ? fusedJson(fused) : null,
        document,
        chains: involving.slice(0, 5).map(chainJson),
      };
    },
  }),
  route({
    method: "GET",
    path: "/api/points",
    summary: "Every located place of the filtered events, compact (for maps and timelines over many events)",
    query: pointsQuery,
    handle: async ({ store, query }) => {
      const { limit, ...filter } = query;
      return store.eventPoints(filter, limit);
    },
  }),
  route({
    method: "GET",
    path: "/api/documents",
    summary: "Stored documents, by publication date",
    query: noQuery,
    handle: ({ store }) => store.documents(),
  }),
  route({
    method: "GET",
    path: "/api/documents/:id",
    summary: "One document with its text, mentions and events",
    query: noQuery,
    async handle({ store, params }) {
      const id = Number(params.id);
      const document = Number.isInteger(id) ? await store.document(id) : null;
      if (!document) throw new ApiError(404, `no document "${params.id}"`);
      const { events } = await store.events({ documentId: id, limit: 1000 });
      return { ...document, mentions: await store.mentions(id), events };
    },
  }),
  route({
    method: "POST",
    path: "/api/documents",
    summary: "Ingest one document (needs the server's token)",
    query: noQuery,
    body: documentInput,
    write: true,
    async handle({ store, body, knowledgeBase }) {
      const input = documentInput.parse(body);
      const parsed = parseDocument(input.name, input.text, input.format);
      const document = {
        ...parsed,
        title: input.title ?? parsed.title,
        url: input.url ?? parsed.url,
        source: input.source ?? parsed.source,
      };
      const origin = {
        path: null,
        url: document.url,
        source: document.source,
        title: document.title,
        published: input.published ?? document.published,
      };
      return ingestDocument(knowledgeBase(), store, document, origin, {
        published: input.published,
        today: today(),
      });
    },
  }),
  route({
    method: "GET",
    path: "/api/actors",
    summary: "The actors of the stored events, with their names and counts",
    query: noQuery,
    handle: ({ store }) => store.actors(),
  }),
  route({
    method: "GET",
    path: "/api/places",
    summary: "The places of the (fused) events, with counts and deaths",
    query: analysisQuery,
    handle: async ({ fused, query }) => placeSummaries(await fused(query)),
  }),
  route({
    method: "GET",
    path: "/api/fused",
    summary: "Fused events (one per real-world event) with their reports and claimed figures",
    query: analysisQuery,
    handle: async ({ fused, query }) => (await fused(query)).map(fusedJson),
  }),
  route({
    method: "GET",
    path: "/api/network",
    summary: "Actors as nodes, their interactions as edges with count and tone",
    query: analysisQuery,
    handle: async ({ fused, query }) => actorNetwork(await fused(query)),
  }),
  route({
    method: "GET",
    path: "/api/timeline",
    summary: "Events and deaths per period",
    query: timelineQuery,
    handle: async ({ store, query }) => {
      const { period, ...filter } = query;
      return timeline(await store.eventTallies(filter), period);
    },
  }),
  route({
    method: "GET",
    path: "/api/escalation",
    summary: "The escalation series of a dyad, with change points and a summary",
    query: escalationQuery,
    handle: async ({ store, query }) => {
      const { dyad, period, ...filter } = query;
      const parties = parseDyad(dyad) as [string, string];
      const result = escalation(await loadDyadEvents(store, filter, parties), parties, period);
      return { ...result, series: result.series.map(({ peak, ...p }) => ({ ...p, peak: peak?.id ?? null })) };
    },
  }),
  route({
    method: "GET",
    path: "/api/chains",
    summary: "Action–reaction chains, longest first",
    query: chainsQuery,
    handle: async ({ fused, query }) => {
      const { explicitOnly, limit, ...filter } = query;
      return chains(await fused(filter), { inferred: explicitOnly !== "true" })
        .slice(0, limit)
        .map((c) => ({
          events: c.events.map(fusedJson),
          links: c.links.map((l) => ({
            cause: l.cause.id,
            response: l.response.id,
            kind: l.kind,
            statedBy: l.statedBy,
          })),
        }));
    },
  }),
  route({
    method: "GET",
    path: "/api/claims",
    summary: "Accusations with their denials and counter-accusations",
    query: analysisQuery,
    handle: async ({ fused, query }) =>
      claimThreads(await fused(query)).map((t) => ({
        accusation: fusedJson(t.accusation),
        denials: t.denials.map(fusedJson),
        counterAccusations: t.counterAccusations.map(fusedJson),
      })),
  }),
  route({
    method: "GET",
    path: "/api/relations",
    summary: "Relation status of each pair of parties, year by year",
    query: analysisQuery,
    handle: async ({ fused, query }) => relations(await fused(query)),
  }),
  route({
    method: "GET",
    path: "/api/search",
    summary: "Full-text search over documents and evidence",
    query: searchQuery,
    handle: ({ store, query }) => store.search(query.q, { limit: query.limit }),
  }),
];
