/** The side panel's lists: the deadliest events in view, and the hits of a text search. */
import type { SearchHit } from "./apiTypes.ts";
import { formatDay } from "./calendar.ts";
import { formatCount, h } from "./dom.ts";
import { typeStyle } from "./eventSymbols.ts";
import type { PointTable } from "./pointTable.ts";

export interface ListCallbacks {
  onEvent(id: string): void;
  onDocument(id: number): void;
}

/** The fused events with the highest death toll claimed among the points that pass the mask. */
export function deadliest(table: PointTable, mask: Uint8Array, count: number): number[] {
  const best = new Map<number, number>();
  for (let i = 0; i < table.length; i++) {
    if (!mask[i]) continue;
    const deaths = table.fatalities[i] as number;
    if (Number.isNaN(deaths) || deaths <= 0) continue;
    const fused = table.fused[i] as number;
    const current = best.get(fused);
    if (current === undefined || deaths > (table.fatalities[current] as number)) best.set(fused, i);
  }
  return [...best.values()]
    .sort((a, b) => (table.fatalities[b] as number) - (table.fatalities[a] as number))
    .slice(0, count);
}

export function deadliestList(table: PointTable, indexes: number[], callbacks: ListCallbacks): HTMLElement {
  return h(
    "section",
    { class: "event-list", id: "deadliest" },
    h("h2", {}, "Deadliest events in view"),
    indexes.length === 0
      ? h("p", { class: "hint" }, "No deaths reported for the events in view.")
      : h(
          "ol",
          {},
          ...indexes.map((i) => {
            const p = table.points[i];
            if (!p) return null;
            return h(
              "li",
              {},
              h(
                "button",
                { type: "button", class: "link", onclick: () => callbacks.onEvent(p.id) },
                h("span", { class: "swatch", style: `background:${typeStyle(p.type).colour}` }),
                `${formatCount(p.fatalities ?? 0)} killed · ${p.place}`,
              ),
              h(
                "div",
                { class: "meta" },
                `${typeStyle(p.type).label}${p.start ? ` · ${formatDay(p.start)}` : ""}`,
              ),
            );
          }),
        ),
    h("p", { class: "hint" }, "Click a symbol on the map, or an event here, to read its evidence."),
  );
}

/** A snippet with the matched words between « and » as <mark>s. */
function snippet(text: string): HTMLElement {
  const p = h("p", { class: "snippet" });
  for (const [i, part] of text.split(/[«»]/).entries()) p.append(i % 2 === 1 ? h("mark", {}, part) : part);
  return p;
}

export function searchList(q: string, hits: SearchHit[], callbacks: ListCallbacks): HTMLElement {
  return h(
    "section",
    { class: "event-list", id: "search-results" },
    h(
      "h2",
      {},
      `“${q}”: ${hits.length === 200 ? "200 or more" : hits.length} ${hits.length === 1 ? "hit" : "hits"}`,
    ),
    h(
      "ol",
      {},
      ...hits.map((hit) =>
        h(
          "li",
          {},
          hit.eventId
            ? h(
                "button",
                { type: "button", class: "link", onclick: () => callbacks.onEvent(hit.eventId as string) },
                `Evidence of ${hit.eventId}`,
              )
            : h(
                "button",
                { type: "button", class: "link", onclick: () => callbacks.onDocument(hit.documentId) },
                hit.documentName,
              ),
          snippet(hit.snippet),
        ),
      ),
    ),
  );
}
