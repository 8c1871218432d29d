/**
 * The dashboard's controller: holds the state (mirrored in the URL), fetches what a change needs,
 * and hands each view its data. Points are fetched once per server-side filter (actor, place);
 * type, date range and text search filter them in the browser, so brushing is instant.
 */
import { ApiRequestError, api } from "./apiClient.ts";
import type { Escalation, EventDetail, Network, SearchHit } from "./apiTypes.ts";
import { loadBaseMap } from "./baseMap.ts";
import { dayNumber, isoDay, type Period } from "./calendar.ts";
import { describeType } from "./describe.ts";
import { DocumentReaderView } from "./documentReaderView.ts";
import { h } from "./dom.ts";
import { EscalationView } from "./escalationView.ts";
import { EventDetailView, type NearbyEvent } from "./eventDetailView.ts";
import { deadliest, deadliestList, searchList } from "./eventListView.ts";
import { FilterBar } from "./filterBar.ts";
import { scrollToFirstMark } from "./highlightedText.ts";
import { MapView } from "./mapView.ts";
import { NetworkView } from "./networkView.ts";
import { buildPointTable, filterPoints, type PointTable, searchMask } from "./pointTable.ts";
import { binEvents, defaultDomain, eventDays } from "./timelineBins.ts";
import { type TimeFrame, TimelineView } from "./timelineView.ts";
import {
  analysisFilter,
  type DashboardState,
  EMPTY_STATE,
  readState,
  serverFilter,
  writeState,
} from "./urlState.ts";

/** Set once the map (base map and events) and the timeline have first been drawn. */
export const FIRST_RENDER_MARK = "faultline:first-render";
/** Measured from a brush move to the map drawn again. */
export const FILTER_MEASURE = "faultline:filter";

type Key = keyof DashboardState;

export class Dashboard {
  private state: DashboardState = EMPTY_STATE;
  private table: PointTable | null = null;
  private mask = new Uint8Array(0);
  private search: { q: string; hits: SearchHit[]; mask: Uint8Array | null } | null = null;
  private searching: { q: string; done: Promise<void> } | null = null;
  /** The range under a brush that is still moving (not yet in the URL). */
  private brushing: [number, number] | null | undefined;
  private showEarlier = false;
  private period: Period | null = null;
  private network: Network | null = null;
  private defaultDyad: string | null = null;
  private escalationData: Escalation | null = null;
  private frame: TimeFrame | null = null;
  private nearby: { event: string; list: NearbyEvent[] } | null = null;
  private readonly requests = new Map<string, AbortController>();
  private readonly drawn = { map: false, timeline: false, marked: false };
  private filterStarted: number | null = null;
  private networkTimer = 0;
  /** Until the map and timeline have first drawn, slower requests wait (the server answers one at a time). */
  private waitingForFirstRender = true;

  private readonly filterBar = new FilterBar((change) => this.update(change));
  private readonly map = new MapView({
    onPick: (index, here) => this.picked(index, here),
    onDraw: () => this.mapDrawn(),
  });
  private readonly timeline = new TimelineView({
    onBrush: (range, final) => this.brushed(range, final),
    onToggleEarlier: () => {
      this.showEarlier = !this.showEarlier;
      this.refilter(true);
    },
    onDraw: (frame) => this.timelineDrawn(frame),
  });
  private readonly escalation = new EscalationView((dyad) => this.update({ dyad: dyad || null }));
  private readonly networkView = new NetworkView((actor) => this.update({ actor }));
  private readonly detail = new EventDetailView({
    onEvent: (id) => this.update({ event: id }),
    onDocument: (id) => this.update({ doc: id }),
    onClose: () => this.update({ event: null }),
  });
  private readonly reader = new DocumentReaderView({
    onEvent: (id) => this.update({ event: id, doc: null }),
    onClose: () => this.update({ doc: null }),
  });
  private readonly side = h("section", { class: "side", id: "side", "aria-live": "polite" });
  private readonly status = h("div", { class: "status", id: "status", role: "alert" });

  constructor(private readonly root: HTMLElement) {
    root.replaceChildren(
      h("header", { class: "topbar" }, h("h1", {}, "Faultline"), this.filterBar.element, this.status),
      h(
        "main",
        { class: "layout" },
        h("div", { class: "left" }, this.map.element, this.timeline.element, this.escalation.element),
        h("div", { class: "right" }, this.networkView.element, this.side),
      ),
      this.reader.element,
    );
  }

  start() {
    this.state = readState(location.search);
    window.addEventListener("popstate", () => {
      const previous = this.state;
      this.state = readState(location.search);
      this.apply(previous);
    });
    window.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      if (this.state.doc) this.update({ doc: null });
      else if (this.state.event) this.update({ event: null });
    });
    // The points first (the base map comes with the page): the first render waits for them, the rest for it.
    this.apply(null);
    this.map.setBaseMap(loadBaseMap());
  }

  /** Changes the state, writes it to the URL (a new history entry), and reacts. */
  private update(change: Partial<DashboardState>) {
    const previous = this.state;
    this.state = { ...previous, ...change };
    if (change.event !== undefined && this.nearby?.event !== change.event) this.nearby = null;
    const search = writeState(this.state);
    if (search !== location.search) history.pushState(null, "", search || location.pathname);
    this.apply(previous);
  }

  private apply(previous: DashboardState | null) {
    const s = this.state;
    const changed = (...keys: Key[]) => previous === null || keys.some((k) => previous[k] !== s[k]);
    this.filterBar.show(s);
    if (changed("actor", "place")) void this.loadPoints();
    else if (changed("q")) void this.loadSearch().then(() => this.refilter(true));
    else if (changed("type", "since", "until")) this.refilter(true);
    if (changed("actor", "place", "type", "since", "until")) this.scheduleNetwork();
    if (changed("dyad") && previous) void this.loadEscalation();
    if (changed("event", "q")) void this.loadEvent();
    if (changed("doc")) void this.loadDocument();
  }

  private async latest<T>(key: string, work: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
    this.requests.get(key)?.abort();
    const controller = new AbortController();
    this.requests.set(key, controller);
    try {
      return await work(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return null;
      throw error;
    } finally {
      if (this.requests.get(key) === controller) this.requests.delete(key);
    }
  }

  private fail(what: string, error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    this.status.textContent = `Could not load ${what}: ${message}`;
  }

  private async loadPoints() {
    this.root.classList.add("loading");
    try {
      const [points] = await Promise.all([
        this.latest("points", (signal) => api.points(serverFilter(this.state), signal)),
        this.loadSearch(),
      ]);
      if (!points) return;
      const table = buildPointTable(points);
      this.table = table;
      this.mask = new Uint8Array(table.length);
      if (this.search) this.search.mask = searchMask(table, this.search.hits);
      this.filterBar.setTypes(table.types, this.state.type);
      this.map.setPoints(table, this.mask);
      this.refilter(true);
      this.status.textContent = "";
    } catch (error) {
      this.fail("the events", error);
    } finally {
      this.root.classList.remove("loading");
    }
  }

  /** Runs the text search of the state, once per query however many callers wait for it. */
  private loadSearch(): Promise<void> {
    const q = this.state.q;
    if (!q) {
      this.search = null;
      return Promise.resolve();
    }
    if (this.search?.q === q) return Promise.resolve();
    if (this.searching?.q === q) return this.searching.done;
    const done = (async () => {
      try {
        const hits = await this.latest("search", (signal) => api.search(q, signal));
        if (!hits) return;
        this.search = { q, hits, mask: this.table ? searchMask(this.table, hits) : null };
      } catch (error) {
        this.search = { q, hits: [], mask: this.table ? new Uint8Array(this.table.length) : null };
        this.fail("the search", error);
      } finally {
        if (this.searching?.q === q) this.searching = null;
      }
    })();
    this.searching = { q, done };
    return done;
  }

  /** Filters the points in the browser; `full` also recounts the timeline (not needed while brushing). */
  private refilter(full: boolean) {
    const table = this.table;
    if (!table) return;
    const s = this.state;
    const search = this.search && this.search.q === s.q ? this.search.mask : null;
    const range =
      this.brushing !== undefined
        ? this.brushing
        : s.since || s.until
          ? ([s.since ? dayNumber(s.since) : null, s.until ? dayNumber(s.until) : null] as const)
          : null;
    const result = filterPoints(
      table,
      { type: s.type, since: range?.[0] ?? null, until: range?.[1] ?? null, search },
      this.mask,
    );
    this.filterBar.setCount(result.events, result.points, table.length);
    this.map.setMask(result.mask);
    if (!full) return;
    const context = filterPoints(table, { type: s.type, since: null, until: null, search });
    const days = eventDays(table, context.mask);
    const domain = defaultDomain(days);
    const today = dayNumber(new Date().toISOString());
    const from = domain ? (this.showEarlier ? domain.first : domain.from) : today;
    const to = domain?.to ?? today;
    const bins = binEvents(days, from, to);
    const brushed: [number, number] | null = range ? [range[0] ?? from, range[1] ?? bins.end - 1] : null;
    this.timeline.render(bins, brushed, { count: domain?.earlier ?? 0, shown: this.showEarlier });
    if (bins.period !== this.period) {
      this.period = bins.period;
      void this.loadEscalation();
    }
    if (!s.event && !s.q) this.renderSide();
  }

  private brushed(range: [number, number] | null, final: boolean) {
    if (!final) {
      this.brushing = range;
      this.filterStarted = performance.now();
      this.refilter(false);
      return;
    }
    this.brushing = undefined;
    this.update({ since: range ? isoDay(range[0]) : null, until: range ? isoDay(range[1]) : null });
  }

  private mapDrawn() {
    this.drawn.map = true;
    if (this.filterStarted !== null) {
      performance.measure(FILTER_MEASURE, { start: this.filterStarted });
      this.filterStarted = null;
    }
    this.markFirstRender();
  }

  private timelineDrawn(frame: TimeFrame) {
    this.drawn.timeline = true;
    this.frame = frame;
    if (this.escalationData) this.escalation.render(this.escalationData, frame);
    this.markFirstRender();
  }

  private markFirstRender() {
    if (this.drawn.marked || !this.drawn.map || !this.drawn.timeline) return;
    this.drawn.marked = true;
    performance.mark(FIRST_RENDER_MARK);
    document.body.dataset.ready = "true";
    // Now the rest: the server answers one request at a time, and these can take longer.
    this.waitingForFirstRender = false;
    this.scheduleNetwork();
    api
      .actors()
      .then((actors) => this.filterBar.setActors(actors, this.state.actor))
      .catch((error) => this.fail("the actors", error));
  }

  private picked(index: number, here: number[]) {
    const table = this.table;
    const point = table?.points[index];
    if (!table || !point) return;
    const list: NearbyEvent[] = [];
    const seen = new Set([point.id]);
    for (const i of here) {
      const p = table.points[i];
      if (!p || seen.has(p.id)) continue;
      seen.add(p.id);
      list.push({
        id: p.id,
        label: `${p.start ?? "undated"} · ${describeType(p.type, p.mode)} · ${p.place}`,
      });
    }
    this.nearby = { event: point.id, list };
    this.update({ event: point.id, doc: null });
  }

  private scheduleNetwork() {
    if (this.waitingForFirstRender) return;
    clearTimeout(this.networkTimer);
    this.networkTimer = window.setTimeout(() => void this.loadNetwork(), this.network ? 150 : 0);
  }

  private async loadNetwork() {
    try {
      const network = await this.latest("network", (signal) =>
        api.network(analysisFilter(this.state), signal),
      );
      if (!network) return;
      this.network = network;
      this.networkView.render(network, this.state.actor);
      const names = new Map(network.nodes.map((n) => [n.key, n.name]));
      const edges = network.edges.slice(0, 12);
      const first = this.defaultDyad === null;
      const heaviest = network.edges.find((e) => e.tone > 0) ?? network.edges[0];
      if (first && heaviest) this.defaultDyad = dyadOf(heaviest);
      this.escalation.setOptions(
        edges.map((e) => ({
          value: dyadOf(e),
          label: `${names.get(e.source) ?? e.source} – ${names.get(e.target) ?? e.target}`,
        })),
        this.state.dyad ?? this.defaultDyad,
      );
      if (first) void this.loadEscalation();
    } catch (error) {
      this.networkView.showMessage(`Could not load the network: ${(error as Error).message}`);
    }
  }

  private async loadEscalation() {
    // Before the network has come, the default dyad is not known; loadNetwork calls again.
    if (this.waitingForFirstRender || this.network === null) {
      this.escalation.showMessage("Loading…");
      return;
    }
    const dyad = this.state.dyad ?? this.defaultDyad;
    if (!dyad) {
      this.escalation.showMessage("No pair of actors in view.");
      return;
    }
    try {
      const data = await this.latest("escalation", (signal) =>
        api.escalation(dyad, this.period ?? "week", signal),
      );
      if (!data) return;
      this.escalationData = data;
      if (this.frame) this.escalation.render(data, this.frame);
    } catch (error) {
      this.escalationData = null;
      this.escalation.showMessage(`Could not load the escalation of ${dyad}: ${(error as Error).message}`);
    }
  }

  private renderSide() {
    const s = this.state;
    const callbacks = {
      onEvent: (id: string) => this.update({ event: id }),
      onDocument: (id: number) => this.update({ doc: id }),
    };
    if (s.q && this.search?.q === s.q)
      this.side.replaceChildren(searchList(s.q, this.search.hits, callbacks));
    else if (this.table)
      this.side.replaceChildren(deadliestList(this.table, deadliest(this.table, this.mask, 8), callbacks));
  }

  private async loadEvent() {
    const id = this.state.event;
    this.map.setSelected(id);
    if (!id) {
      this.requests.get("event")?.abort();
      if (this.state.q) await this.loadSearch();
      this.renderSide();
      return;
    }
    this.side.replaceChildren(h("p", { class: "hint" }, "Loading the event…"));
    let detail: EventDetail | null;
    try {
      detail = await this.latest("event", (signal) => api.event(id, signal));
    } catch (error) {
      const message =
        error instanceof ApiRequestError && error.status === 404 ? `No event “${id}”.` : String(error);
      this.side.replaceChildren(
        h(
          "p",
          { class: "hint" },
          message,
          " ",
          h(
            "button",
            { type: "button", class: "link", onclick: () => this.update({ event: null }) },
            "Close",
          ),
        ),
      );
      return;
    }
    if (!detail) return;
    const nearby = this.nearby?.event === id ? this.nearby.list : [];
    this.side.replaceChildren(this.detail.render(detail, nearby));
    this.side.scrollTop = 0;
    scrollToFirstMark(this.side.querySelector<HTMLElement>(".document-text"));
  }

  private async loadDocument() {
    const id = this.state.doc;
    if (!id) {
      this.reader.close();
      return;
    }
    this.reader.showMessage("Loading the document…");
    try {
      const document = await this.latest("document", (signal) => api.document(id, signal));
      if (document) this.reader.render(document, this.state.event);
    } catch (error) {
      this.reader.showMessage(
        error instanceof ApiRequestError && error.status === 404 ? `No document ${id}.` : String(error),
      );
    }
  }
}

const dyadOf = (edge: { source: string; target: string }) => `${edge.source},${edge.target}`;
