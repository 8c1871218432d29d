import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

/** Event filters, as the CLI's options: every analysis endpoint takes them too. */
export const eventFilterQuery = z.object({
  actor: z.string().min(1).optional().describe("an actor's name, key (PAK:STATE, TTP) or knowledge-base id"),
  type: z
    .string()
    .regex(/^[A-Za-z]+$/, "expected an event type such as ASSAULT")
    .optional()
    .describe("event type"),
  since: day.optional().describe("events that end on or after this day"),
  until: day.optional().describe("events that start on or before this day"),
  place: z.string().min(1).optional().describe("a location's name or province"),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "expected an ISO 3166 alpha-3 code such as AFG")
    .optional()
    .describe("events located in, or with a party of, this country"),
});

export const eventListQuery = eventFilterQuery
  .extend({
    limit: z.coerce.number().int().min(1).max(1000).default(100).describe("page size, at most 1000"),
    after: z.coerce.number().int().min(0).optional().describe("the `next` of the previous page"),
  })
  .strict();

export const pointsQuery = eventFilterQuery
  .extend({ limit: z.coerce.number().int().min(1).max(500_000).default(200_000) })
  .strict();

export const period = z.enum(["day", "week", "month"]).default("week");

export const timelineQuery = eventFilterQuery.extend({ period }).strict();

export const escalationQuery = eventFilterQuery
  .extend({
    dyad: z
      .string()
      .regex(/^[^,]+,[^,]+$/, "expected two party keys such as PAK:STATE,AFG:STATE")
      .describe("two party keys, comma-separated"),
    period,
  })
  .strict();

export const chainsQuery = eventFilterQuery
  .extend({
    explicitOnly: z.enum(["true", "false"]).default("false").describe("only the links reports state"),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();

export const analysisQuery = eventFilterQuery.strict();

export const searchQuery = z
  .object({
    q: z.string().trim().min(1, "expected a query").describe("words that must all occur"),
    limit: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();

export const noQuery = z.object({}).strict();

/** A document sent to POST /api/documents. */
export const documentInput = z
  .object({
    name: z.string().min(1).max(200).describe("file-like name, printed as the events' doc"),
    text: z.string().min(1, "expected the document's text"),
    format: z.enum(["text", "markdown", "html"]).default("text"),
    title: z.string().optional(),
    url: z.string().url().optional(),
    source: z.string().optional().describe("the outlet"),
    published: day.optional().describe("publication date; else from front matter or inferred"),
  })
  .strict();
