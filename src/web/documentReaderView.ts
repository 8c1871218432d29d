/**
 * The document reader: a stored document with the actors, places and dates the extractor found in
 * it highlighted by kind (each can be switched off), and beside it the events read from it;
 * choosing one marks its evidence in the text.
 */
import type { DocumentDetail, StoredEvent } from "./apiTypes.ts";
import { describeType, shortActor, shortDate } from "./describe.ts";
import { h } from "./dom.ts";
import { typeStyle } from "./eventSymbols.ts";
import { type Highlight, highlightedText, scrollToFirstMark } from "./highlightedText.ts";
import { proseStart } from "./textSegments.ts";

export interface DocumentReaderCallbacks {
  onEvent(id: string): void;
  onClose(): void;
}

const KINDS = [
  ["actor", "Actors"],
  ["place", "Places"],
  ["date", "Dates"],
] as const;

export class DocumentReaderView {
  readonly element: HTMLElement;
  private document: DocumentDetail | null = null;
  private chosen: string | null = null;

  constructor(private readonly callbacks: DocumentReaderCallbacks) {
    this.element = h("aside", {
      class: "reader",
      id: "reader",
      hidden: true,
      "aria-label": "Document reader",
    });
  }

  close() {
    this.element.hidden = true;
    this.document = null;
    this.element.replaceChildren();
  }

  showMessage(message: string) {
    this.element.hidden = false;
    this.element.replaceChildren(
      h(
        "header",
        {},
        h("h2", {}, message),
        h(
          "button",
          { type: "button", class: "close", title: "Close", onclick: () => this.callbacks.onClose() },
          "×",
        ),
      ),
    );
  }

  /** Shows a document; `chosen` is an event of it whose evidence to mark. */
  render(document: DocumentDetail, chosen: string | null) {
    this.document = document;
    this.chosen = chosen;
    this.element.hidden = false;
    this.draw();
  }

  private draw() {
    const document = this.document;
    if (!document) return;
    const chosen = document.events.find((e) => e.event.id === this.chosen) ?? null;
    const highlights: Highlight[] = document.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      className: `mention m-${m.kind}`,
      title: `${m.kind}: ${m.entity ?? m.text}`,
    }));
    for (const [i, e] of (chosen?.event.evidence ?? []).entries())
      highlights.push({
        start: e.start,
        end: e.end,
        className: "evidence",
        mark: true,
        data: { evidence: String(i) },
      });
    const text = highlightedText(document.text, highlights, proseStart(document.text));
    const toggles = KINDS.map(([kind, label]) =>
      h(
        "label",
        { class: `toggle m-${kind}` },
        h("input", {
          type: "checkbox",
          checked: true,
          onchange: (event: Event) =>
            text.classList.toggle(`hide-${kind}`, !(event.target as HTMLInputElement).checked),
        }),
        `${label} (${document.mentions.filter((m) => m.kind === kind).length})`,
      ),
    );
    this.element.replaceChildren(
      h(
        "header",
        {},
        h(
          "div",
          {},
          h("h2", {}, document.title ?? document.name),
          h(
            "p",
            { class: "source-meta" },
            [document.source, document.published + (document.publishedInferred ? " (inferred)" : "")]
              .filter(Boolean)
              .join(" · "),
            document.url ? " · " : "",
            document.url ? h("span", { class: "url" }, document.url) : null,
          ),
        ),
        h(
          "button",
          { type: "button", class: "close", title: "Close", onclick: () => this.callbacks.onClose() },
          "×",
        ),
      ),
      h("div", { class: "reader-legend" }, ...toggles),
      h(
        "div",
        { class: "reader-body" },
        text,
        h(
          "div",
          { class: "reader-events" },
          h("h3", {}, `${document.events.length} events read from it`),
          h("ol", {}, ...document.events.map((e) => this.eventItem(e, e === chosen))),
        ),
      ),
    );
    scrollToFirstMark(text);
  }

  private eventItem(stored: StoredEvent, chosen: boolean): HTMLElement {
    const e = stored.event;
    return h(
      "li",
      { class: chosen ? "chosen" : null, "data-event": e.id },
      h(
        "button",
        {
          type: "button",
          class: "link",
          title: "Mark its evidence in the text",
          onclick: () => {
            this.chosen = chosen ? null : e.id;
            this.draw();
          },
        },
        h("span", { class: "swatch", style: `background:${typeStyle(e.type).colour}` }),
        `${describeType(e.type, e.mode)}: ${shortActor(e.source)} → ${shortActor(e.target)}`,
      ),
      h("div", { class: "meta" }, shortDate(e.date), e.negated ? " · negated" : ""),
      h(
        "button",
        { type: "button", class: "link small", onclick: () => this.callbacks.onEvent(e.id) },
        "Details",
      ),
    );
  }
}
