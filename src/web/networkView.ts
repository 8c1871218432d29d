/**
 * The actor network (GET /api/network): actors as circles sized by their events, interactions as
 * lines coloured from cooperative (blue) to hostile (red) by tone and as thick as they are many.
 * The layout is computed once, off screen, by d3-force (seeded, so the same data lays out the same
 * way); clicking an actor filters the dashboard by it.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { Network, NetworkNode } from "./apiTypes.ts";
import { formatCount, h, svg } from "./dom.ts";
import { toneColour } from "./eventSymbols.ts";

/** The most active actors shown; the rest would be unreadable. */
const MAX_NODES = 36;

const KIND_COLOURS: Record<string, string> = {
  STATE: "#34495e",
  REBEL: "#c0392b",
  MILITIA: "#d35400",
  CIVILIANS: "#7f8c8d",
  IGO: "#16a085",
  OTHER: "#8e7cc3",
};

interface Node extends SimulationNodeDatum, NetworkNode {
  r: number;
}
interface Link extends SimulationLinkDatum<Node> {
  events: number;
  tone: number;
}

export class NetworkView {
  readonly element: HTMLElement;
  private readonly chart: SVGSVGElement;
  private readonly note: HTMLElement;

  constructor(private readonly onActor: (key: string | null) => void) {
    this.chart = svg("svg", { class: "network-chart", role: "img", "aria-label": "Actor network" });
    this.note = h("p", { class: "hint" });
    this.element = h(
      "section",
      { class: "network", id: "network" },
      h(
        "div",
        { class: "panel-header" },
        h("h2", {}, "Actors"),
        h(
          "div",
          { class: "tone-legend" },
          "cooperative",
          h("span", {
            class: "tone-scale",
            style: `background:linear-gradient(90deg, ${toneColour(-6)}, ${toneColour(0)}, ${toneColour(10)})`,
          }),
          "hostile",
        ),
      ),
      this.chart,
      this.note,
    );
  }

  showMessage(message: string) {
    this.chart.replaceChildren();
    this.note.textContent = message;
  }

  render(network: Network, selected: string | null) {
    const kept = network.nodes.slice(0, MAX_NODES);
    if (selected && !kept.some((n) => n.key === selected)) {
      const node = network.nodes.find((n) => n.key === selected);
      if (node) kept.push(node);
    }
    const maxEvents = Math.max(1, ...kept.map((n) => n.events));
    const nodes: Node[] = kept.map((n) => ({ ...n, r: 4 + 14 * Math.sqrt(n.events / maxEvents) }));
    const keys = new Set(nodes.map((n) => n.key));
    const links: Link[] = network.edges
      .filter((e) => keys.has(e.source) && keys.has(e.target))
      .map((e) => ({ source: e.source, target: e.target, events: e.events, tone: e.tone }));
    const maxEdge = Math.max(1, ...links.map((l) => l.events));
    forceSimulation(nodes)
      .force(
        "link",
        forceLink<Node, Link>(links)
          .id((n) => n.key)
          .distance((l) => 40 + (l.source as Node).r + (l.target as Node).r),
      )
      .force("charge", forceManyBody().strength(-260))
      .force("x", forceX(0).strength(0.06))
      .force("y", forceY(0).strength(0.09))
      .force(
        "collide",
        forceCollide<Node>((n) => n.r + 6),
      )
      .stop()
      .tick(300);
    // Fit the layout into the chart, moving the nodes rather than scaling the drawing, so that
    // labels keep their size however spread the layout is.
    const box = this.chart.getBoundingClientRect();
    const width = box.width || 420;
    const height = box.height || 290;
    this.chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
    // Room for a label's half width beside the outermost nodes, and for the label below them.
    const [padX, padTop, padBottom] = [72, 24, 36];
    const xs = nodes.map((n) => n.x ?? 0);
    const ys = nodes.map((n) => n.y ?? 0);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min(
      1.5,
      (width - 2 * padX) / (x1 - x0 || 1),
      (height - padTop - padBottom) / (y1 - y0 || 1),
    );
    for (const n of nodes) {
      n.x = width / 2 + ((n.x ?? 0) - (x0 + x1) / 2) * scale;
      n.y = padTop + (height - padTop - padBottom) / 2 + ((n.y ?? 0) - (y0 + y1) / 2) * scale;
    }
    const involved = new Set<string>();
    if (selected)
      for (const l of links) {
        const [a, b] = [(l.source as Node).key, (l.target as Node).key];
        if (a === selected || b === selected) {
          involved.add(a);
          involved.add(b);
        }
      }
    const dim = (keys: string[]) =>
      selected !== null && !keys.every((k) => involved.has(k) || k === selected);
    const labelled = labelsThatFit(nodes, selected);
    this.chart.replaceChildren(
      ...links.map((l) => {
        const a = l.source as Node;
        const b = l.target as Node;
        return svg(
          "line",
          {
            x1: a.x ?? 0,
            y1: a.y ?? 0,
            x2: b.x ?? 0,
            y2: b.y ?? 0,
            stroke: toneColour(l.tone),
            "stroke-width": (1 + 5 * Math.sqrt(l.events / maxEdge)).toFixed(1),
            class: dim([a.key, b.key]) ? "edge dim" : "edge",
          },
          svg("title", {}, `${a.name} – ${b.name}: ${formatCount(l.events)} events, tone ${l.tone}`),
        );
      }),
      ...nodes.map((n) =>
        svg(
          "g",
          {
            class: `node${n.key === selected ? " selected" : ""}${dim([n.key]) ? " dim" : ""}`,
            transform: `translate(${(n.x ?? 0).toFixed(1)},${(n.y ?? 0).toFixed(1)})`,
            "data-actor": n.key,
            tabindex: 0,
            role: "button",
            "aria-label": `Filter by ${n.name}`,
            onclick: () => this.onActor(n.key === selected ? null : n.key),
            onkeydown: (event: Event) => {
              if ((event as KeyboardEvent).key === "Enter") this.onActor(n.key === selected ? null : n.key);
            },
          },
          svg("circle", { r: n.r.toFixed(1), fill: KIND_COLOURS[n.kind] ?? KIND_COLOURS.OTHER }),
          labelled.has(n.key) ? svg("text", { y: (n.r + 11).toFixed(1) }, labelOf(n)) : null,
          svg("title", {}, `${n.name} (${n.key}): ${formatCount(n.events)} events. Click to filter.`),
        ),
      ),
    );
    this.note.textContent =
      network.nodes.length > nodes.length
        ? `The ${nodes.length} most active of ${network.nodes.length} actors. Click one to filter by it.`
        : nodes.length > 0
          ? "Click an actor to filter by it."
          : "No actors in view.";
  }
}

/** Short enough to read beside the others. */
const labelOf = (n: Node) => (n.name.length > 22 ? `${n.name.slice(0, 21)}…` : n.name);

/**
 * The nodes whose name goes under them: the selected one, then the others from the most active
 * down, each where it does not cover a name already placed (widths estimated at 6 px a letter).
 */
function labelsThatFit(nodes: readonly Node[], selected: string | null): Set<string> {
  const placed: [number, number, number, number][] = [];
  const labelled = new Set<string>();
  const order = [...nodes].sort(
    (a, b) => Number(b.key === selected) - Number(a.key === selected) || b.events - a.events,
  );
  for (const n of order) {
    const half = (labelOf(n).length * 6) / 2;
    const y = (n.y ?? 0) + n.r + 2;
    const box: [number, number, number, number] = [(n.x ?? 0) - half, y, (n.x ?? 0) + half, y + 12];
    if (
      n.key !== selected &&
      placed.some(([a, b, c, d]) => box[0] < c && box[2] > a && box[1] < d && box[3] > b)
    )
      continue;
    placed.push(box);
    labelled.add(n.key);
  }
  return labelled;
}
