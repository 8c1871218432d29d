/**
 * One event: its type, actors, date and how precise it is, places, the figures each claimant
 * gives (side by side, never averaged), the other reports of the same event and why they were
 * fused, the action–reaction chains it belongs to, and every evidence sentence highlighted in the
 * text of its source document.
 */
import type { Chain, ClaimedCount, EventDetail } from "./apiTypes.ts";
import {
  describeActor,
  describeCount,
  describeDate,
  describePlace,
  describeType,
  shortActor,
  shortDate,
} from "./describe.ts";
import { h } from "./dom.ts";
import { typeStyle } from "./eventSymbols.ts";
import { highlightedText } from "./highlightedText.ts";
import { proseStart } from "./textSegments.ts";

export interface EventDetailCallbacks {
  onEvent(id: string): void;
  onDocument(id: number): void;
  onClose(): void;
}

/** Other events at the spot the user clicked on the map. */
export interface NearbyEvent {
  id: string;
  label: string;
}

export class EventDetailView {
  constructor(private readonly callbacks: EventDetailCallbacks) {}

  render(detail: EventDetail, nearby: NearbyEvent[]): HTMLElement {
    const { report, fused, document } = detail;
    const event = report.event;
    const date = describeDate(fused?.date ?? event.date);
    const link = (id: string, label: string) =>
      h("button", { type: "button", class: "link", onclick: () => this.callbacks.onEvent(id) }, label);
    const figures = (claims: ClaimedCount[], own: typeof event.fatalities) => {
      if (claims.length === 0) return own ? h("span", {}, describeCount(own)) : null;
      const distinct = new Set(claims.map((c) => `${c.qualifier}${c.count}`));
      return h(
        "div",
        { class: "figures" },
        distinct.size > 1 ? h("span", { class: "badge contested" }, "contested") : null,
        h(
          "ul",
          {},
          ...claims.map((c) =>
            h(
              "li",
              { class: c.eventId === event.id ? "this-report" : null },
              h("strong", {}, describeCount(c)),
              " per ",
              c.eventId === event.id ? c.claimant : link(c.eventId, c.claimant),
            ),
          ),
        ),
      );
    };
    const rows: [string, Node | string | null][] = [
      ["Who", `${describeActor(event.source)} → ${describeActor(event.target)}`],
      ["Attributed to", event.attribution ? describeActor(event.attribution) : null],
      ["When", h("span", {}, date.text, " ", h("small", {}, date.precision ? `(${date.precision})` : ""))],
      [
        "Where",
        (fused?.locations ?? event.locations).length > 0
          ? h(
              "ul",
              { class: "places" },
              ...(fused?.locations ?? event.locations).map((p) =>
                h("li", {}, describePlace(p), " ", h("small", {}, p.precision)),
              ),
            )
          : "no place named",
      ],
      ["Killed", figures(fused?.fatalities ?? [], event.fatalities)],
      ["Injured", figures(fused?.injuries ?? [], event.injuries)],
    ];
    const reports = fused?.reports ?? [];
    return h(
      "article",
      { class: "event-detail", id: "event-detail", "data-event": event.id },
      h(
        "header",
        {},
        h("span", { class: "swatch big", style: `background:${typeStyle(event.type).colour}` }),
        h("h2", {}, describeType(event.type, event.mode)),
        h(
          "button",
          { type: "button", class: "close", title: "Close", onclick: () => this.callbacks.onClose() },
          "×",
        ),
      ),
      event.negated ? h("p", { class: "badge negated" }, "Reported as not having happened") : null,
      h("dl", {}, ...rows.flatMap(([term, value]) => (value ? [h("dt", {}, term), h("dd", {}, value)] : []))),
      document ? this.renderSource(detail) : null,
      reports.length > 1
        ? h(
            "section",
            { class: "reports" },
            h("h3", {}, `${reports.length} reports of this event`),
            h(
              "ol",
              {},
              ...reports.map((r) =>
                h(
                  "li",
                  { class: r.id === event.id ? "this-report" : null },
                  r.id === event.id ? h("strong", {}, r.source ?? r.doc) : link(r.id, r.source ?? r.doc),
                  r.reason ? h("div", { class: "reason" }, r.reason) : null,
                ),
              ),
            ),
          )
        : null,
      ...detail.chains.map((chain, i) =>
        this.renderChain(chain, fused?.id ?? event.id, i, detail.chains.length),
      ),
      nearby.length > 0
        ? h(
            "section",
            { class: "nearby" },
            h("h3", {}, `${nearby.length} more at this spot`),
            h("ul", {}, ...nearby.slice(0, 30).map((n) => h("li", {}, link(n.id, n.label)))),
          )
        : null,
    );
  }

  private renderChain(chain: Chain, current: string, index: number, count: number): HTMLElement {
    const responseTo = new Map(chain.links.map((l) => [l.response, l]));
    return h(
      "section",
      { class: "chain" },
      h("h3", {}, count > 1 ? `Chain ${index + 1} of ${count}` : "The chain it belongs to"),
      h(
        "ol",
        {},
        ...chain.events.map((e) => {
          const link = responseTo.get(e.id);
          return h(
            "li",
            { class: e.id === current ? "this-report" : null },
            link ? h("span", { class: "chain-link" }, `↳ in response (${link.kind})`) : null,
            h(
              "button",
              { type: "button", class: "link", onclick: () => this.callbacks.onEvent(e.id) },
              `${shortDate(e.date)} · ${describeType(e.type, e.mode)}: ${shortActor(e.source)} → ${shortActor(e.target)}`,
            ),
          );
        }),
      ),
    );
  }

  private renderSource(detail: EventDetail): HTMLElement {
    const document = detail.document as NonNullable<EventDetail["document"]>;
    const evidence = detail.report.event.evidence;
    const text = highlightedText(
      document.text,
      evidence.map((e, i) => ({
        start: e.start,
        end: e.end,
        className: "evidence",
        mark: true,
        data: { evidence: String(i) },
      })),
      Math.min(proseStart(document.text), ...evidence.map((e) => e.start)),
    );
    return h(
      "section",
      { class: "source" },
      h(
        "h3",
        {},
        `Evidence in its source (${evidence.length} ${evidence.length === 1 ? "sentence" : "sentences"})`,
      ),
      h(
        "p",
        { class: "source-meta" },
        h("strong", {}, document.title ?? document.name),
        h("br", {}),
        [document.source, document.published].filter(Boolean).join(" · "),
        " ",
        h(
          "button",
          { type: "button", class: "link", onclick: () => this.callbacks.onDocument(document.id) },
          "Open in the reader",
        ),
      ),
      text,
    );
  }
}
