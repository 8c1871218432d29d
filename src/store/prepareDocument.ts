import { createHash } from "node:crypto";
import type { IsoDate } from "../core/isoDate.ts";
import type { SourceDocument } from "../core/SourceDocument.ts";
import { simHash } from "../core/simHash.ts";
import type { DocumentExtraction } from "../extract/extractCandidates.ts";
import { extractCandidates } from "../extract/extractCandidates.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { placeId } from "../knowledge/placeId.ts";
import type { ActorRef } from "../knowledge/types.ts";
import { assembleEvents } from "../resolve/assembleEvents.ts";
import { inferPublishedDate } from "../resolve/inferPublishedDate.ts";
import type { DocumentOrigin, NewDocument, StoredMention } from "./Store.ts";

/** A document's text without its front matter: what the same story shares wherever it is found. */
export function proseOf(document: SourceDocument): string {
  return document.text.slice(document.frontMatter?.end ?? 0);
}

/** What identifies a document's content: the SHA-256 of its prose, and the SimHash of its wording. */
export interface ProseIdentity {
  contentHash: string;
  fingerprint: string;
}

export function identifyProse(prose: string): ProseIdentity {
  return { contentHash: createHash("sha256").update(prose).digest("hex"), fingerprint: simHash(prose) };
}

const entityOf = (ref: ActorRef | undefined): string | null =>
  !ref ? null : ref.entity === "country" ? `country:${ref.iso3}` : `${ref.entity}:${ref.id}`;

/** Every actor, place and date a document names, with the knowledge-base entity it was read as. */
function mentionsOf(extraction: DocumentExtraction): StoredMention[] {
  return extraction.facts.flatMap((facts) => [
    ...facts.actors.map((m) => ({
      kind: "actor" as const,
      start: m.start,
      end: m.end,
      text: m.text,
      entity: entityOf(m.refs[0]),
    })),
    ...facts.places.map((m) => {
      const place = m.candidates[0]?.place;
      return {
        kind: "place" as const,
        start: m.start,
        end: m.end,
        text: m.text,
        entity: place ? placeId(place) : null,
      };
    }),
    ...facts.dates.map((m) => ({
      kind: "date" as const,
      start: m.start,
      end: m.end,
      text: m.text,
      entity: null,
    })),
  ]);
}

export interface PreparedDocument {
  document: NewDocument;
  /** Set when the publication date was not given: where it was inferred from, or "today". */
  inferredFrom: string | null;
}

/**
 * Reads a document's events and everything the store keeps of it (`identity`: its prose's, as
 * `identifyProse` gives it). The publication date is the caller's, else the document's own, else
 * inferred from the text, else today.
 */
export function prepareDocument(
  kb: KnowledgeBase,
  document: SourceDocument,
  identity: ProseIdentity,
  origin: DocumentOrigin,
  options: { published?: IsoDate; today: IsoDate },
): PreparedDocument {
  let published = options.published ?? document.published;
  let inferredFrom: string | null = null;
  if (!published) {
    const inferred = inferPublishedDate(document.text);
    published = inferred?.date ?? options.today;
    inferredFrom = inferred ? inferred.from.replace("-", " ") : "today";
  }
  const extraction = extractCandidates(kb, { ...document, published });
  return {
    inferredFrom,
    document: {
      name: document.id,
      format: document.format,
      title: document.title,
      url: document.url,
      source: document.source,
      published,
      publishedInferred: inferredFrom !== null,
      text: document.text,
      proseStart: document.frontMatter?.end ?? 0,
      ...identity,
      origin,
      mentions: mentionsOf(extraction),
      events: assembleEvents(kb, extraction, published),
    },
  };
}
