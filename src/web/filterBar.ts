/**
 * The filters — text search, actor, type, place, date range — and the count of events that pass
 * them. It shows the state it is given and reports what the user changes; the URL is the
 * dashboard's business.
 */
import type { ActorSummary } from "./apiTypes.ts";
import { formatCount, h } from "./dom.ts";
import { byTypeOrder, TYPE_ORDER, typeStyle } from "./eventSymbols.ts";
import { type DashboardState, EMPTY_STATE } from "./urlState.ts";

export type FilterChange = Partial<
  Pick<DashboardState, "q" | "actor" | "type" | "place" | "since" | "until">
>;

export class FilterBar {
  readonly element: HTMLElement;
  private readonly q: HTMLInputElement;
  private readonly actor: HTMLSelectElement;
  private readonly type: HTMLSelectElement;
  private readonly place: HTMLInputElement;
  private readonly since: HTMLInputElement;
  private readonly until: HTMLInputElement;
  private readonly count: HTMLOutputElement;
  private readonly detail: HTMLElement;
  private actors: ActorSummary[] = [];
  private types: string[] = TYPE_ORDER;

  constructor(onChange: (change: FilterChange) => void) {
    const text = (value: string) => value.trim() || null;
    this.q = h("input", {
      type: "search",
      id: "filter-q",
      placeholder: "Search the evidence…",
      "aria-label": "Text search",
      onchange: () => onChange({ q: text(this.q.value) }),
    });
    this.actor = h("select", {
      id: "filter-actor",
      "aria-label": "Actor",
      onchange: () => onChange({ actor: this.actor.value || null }),
    });
    this.type = h("select", {
      id: "filter-type",
      "aria-label": "Event type",
      onchange: () => onChange({ type: this.type.value || null }),
    });
    this.place = h("input", {
      type: "text",
      id: "filter-place",
      placeholder: "Place or province",
      "aria-label": "Place",
      onchange: () => onChange({ place: text(this.place.value) }),
    });
    this.since = h("input", {
      type: "date",
      id: "filter-since",
      "aria-label": "From",
      onchange: () => onChange({ since: this.since.value || null }),
    });
    this.until = h("input", {
      type: "date",
      id: "filter-until",
      "aria-label": "To",
      onchange: () => onChange({ until: this.until.value || null }),
    });
    this.count = h("output", { id: "count", "aria-live": "polite" }, "…");
    this.detail = h("span", { class: "count-detail" });
    const clear = h(
      "button",
      {
        type: "button",
        class: "link",
        onclick: () => {
          const { q, actor, type, place, since, until } = EMPTY_STATE;
          onChange({ q, actor, type, place, since, until });
        },
      },
      "Clear filters",
    );
    this.element = h(
      "div",
      { class: "filters", role: "search" },
      this.q,
      this.actor,
      this.type,
      this.place,
      h("span", { class: "dates" }, this.since, "–", this.until),
      clear,
      h("div", { class: "count" }, this.count, this.detail),
    );
    this.renderActors(null);
    this.renderTypes(null);
  }

  setActors(actors: ActorSummary[], selected: string | null) {
    this.actors = [...actors].sort((a, b) => b.asSource + b.asTarget - (a.asSource + a.asTarget));
    this.renderActors(selected);
  }

  setTypes(types: readonly string[], selected: string | null) {
    this.types = [...new Set([...types])].sort(byTypeOrder);
    this.renderTypes(selected);
  }

  show(state: DashboardState) {
    this.q.value = state.q ?? "";
    this.place.value = state.place ?? "";
    this.since.value = state.since ?? "";
    this.until.value = state.until ?? "";
    this.renderActors(state.actor);
    this.renderTypes(state.type);
  }

  setCount(events: number, points: number, total: number) {
    this.count.value = `${formatCount(events)} ${events === 1 ? "event" : "events"}`;
    this.detail.textContent =
      points === total
        ? `at ${formatCount(points)} places`
        : `at ${formatCount(points)} of ${formatCount(total)} places`;
  }

  private renderActors(selected: string | null) {
    const options = this.actors.map((a) =>
      h("option", { value: a.key, selected: a.key === selected }, `${a.names[0] ?? a.key} (${a.key})`),
    );
    if (selected && !this.actors.some((a) => a.key === selected))
      options.unshift(h("option", { value: selected, selected: true }, selected));
    this.actor.replaceChildren(h("option", { value: "" }, "All actors"), ...options);
  }

  private renderTypes(selected: string | null) {
    const types = selected && !this.types.includes(selected) ? [selected, ...this.types] : this.types;
    this.type.replaceChildren(
      h("option", { value: "" }, "All event types"),
      ...types.map((t) => h("option", { value: t, selected: t === selected }, typeStyle(t).label)),
    );
  }
}
