/**
 * The timeline: events per period stacked by type (left axis), the deaths reported (right axis:
 * a line for the highest claim over a band down to the lowest), and a brush that selects a date
 * range. While the brush moves, `onBrush` reports day numbers with `final` false so the map can
 * follow at once; on release it reports them with `final` true.
 */
import { type BrushSelection, HorizontalBrush } from "./brush.ts";
import { formatDay, isoDay } from "./calendar.ts";
import { formatCount, h, svg } from "./dom.ts";
import { byTypeOrder, typeStyle } from "./eventSymbols.ts";
import { timeTicks } from "./timeAxis.ts";
import type { TimelineBins } from "./timelineBins.ts";

/** The horizontal frame shared with the escalation chart, so both read on one time axis. */
export interface TimeFrame {
  left: number;
  right: number;
  from: number;
  to: number;
  period: string;
}

export const frameX = (frame: TimeFrame, day: number) =>
  frame.left + ((day - frame.from) / Math.max(1, frame.to - frame.from)) * (frame.right - frame.left);

export const frameDay = (frame: TimeFrame, x: number) =>
  frame.from + ((x - frame.left) / Math.max(1, frame.right - frame.left)) * (frame.to - frame.from);

export interface TimelineCallbacks {
  /** A date range as day numbers [since, until] (both inclusive), or null for all dates. */
  onBrush(range: [number, number] | null, final: boolean): void;
  /** The user asked to see (or hide again) the few far earlier events. */
  onToggleEarlier(): void;
  /** The chart was drawn in this frame (on data and on resize). */
  onDraw(frame: TimeFrame): void;
}

const HEIGHT = 170;
const MARGIN = { top: 10, right: 52, bottom: 22, left: 44 };

export class TimelineView {
  readonly element: HTMLElement;
  private readonly chart: SVGSVGElement;
  private readonly plot: SVGGElement;
  private readonly header: HTMLElement;
  private readonly brush: HorizontalBrush;
  private frame: TimeFrame | null = null;
  private bins: TimelineBins | null = null;
  private range: [number, number] | null = null;
  private earlier = { count: 0, shown: false };

  constructor(private readonly callbacks: TimelineCallbacks) {
    this.brush = new HorizontalBrush((selection, final) => this.brushed(selection, final));
    this.plot = svg("g");
    this.chart = svg(
      "svg",
      { class: "timeline-chart", height: HEIGHT, role: "img", "aria-label": "Events and deaths over time" },
      this.plot,
      this.brush.element,
    );
    this.header = h("div", { class: "panel-header" });
    this.element = h("section", { class: "timeline", id: "timeline" }, this.header, this.chart);
    new ResizeObserver(() => this.draw()).observe(this.chart);
  }

  /** The frame the chart was last drawn in (for the escalation chart below it). */
  get timeFrame(): TimeFrame | null {
    return this.frame;
  }

  render(bins: TimelineBins, range: [number, number] | null, earlier: { count: number; shown: boolean }) {
    this.bins = bins;
    this.range = range;
    this.earlier = earlier;
    this.draw();
  }

  /** Moves the brush to a range without reporting it (the URL changed). */
  setRange(range: [number, number] | null) {
    this.range = range;
    this.placeBrush();
  }

  private brushed(selection: BrushSelection, final: boolean) {
    const frame = this.frame;
    if (!frame) return;
    if (!selection) {
      this.range = null;
      this.callbacks.onBrush(null, final);
      return;
    }
    const since = Math.round(frameDay(frame, selection[0]));
    const until = Math.max(since, Math.round(frameDay(frame, selection[1])) - 1);
    this.range = [since, until];
    this.renderHeader();
    this.callbacks.onBrush(this.range, final);
  }

  private placeBrush() {
    const frame = this.frame;
    if (!frame) return;
    this.brush.setSelection(
      this.range ? [frameX(frame, this.range[0]), frameX(frame, this.range[1] + 1)] : null,
    );
    this.renderHeader();
  }

  private renderHeader() {
    const bins = this.bins;
    if (!bins) return;
    const types = bins.types
      .map((t, i) => [t, i] as const)
      .filter(([, i]) => (bins.counts[i] ?? []).some((c) => c > 0))
      .sort((a, b) => byTypeOrder(a[0], b[0]));
    const range = this.range;
    this.header.replaceChildren(
      h("h2", {}, `Events per ${bins.period}`),
      h(
        "ul",
        { class: "legend" },
        ...types.map(([t]) =>
          h(
            "li",
            {},
            h("span", { class: "swatch", style: `background:${typeStyle(t).colour}` }),
            typeStyle(t).label,
          ),
        ),
        h("li", {}, h("span", { class: "swatch line" }), "killed (highest – lowest claim)"),
      ),
      h(
        "div",
        { class: "timeline-actions" },
        this.earlier.count > 0
          ? h(
              "button",
              { type: "button", class: "link", onclick: () => this.callbacks.onToggleEarlier() },
              this.earlier.shown ? "Hide the earliest events" : `◂ ${this.earlier.count} earlier`,
            )
          : null,
        range
          ? h(
              "span",
              { class: "range", id: "timeline-range" },
              `${formatDay(isoDay(range[0]))} – ${formatDay(isoDay(range[1]))}`,
              h(
                "button",
                {
                  type: "button",
                  class: "link",
                  title: "Show all dates",
                  onclick: () => {
                    this.range = null;
                    this.placeBrush();
                    this.callbacks.onBrush(null, true);
                  },
                },
                "×",
              ),
            )
          : h("span", { class: "hint" }, "Drag across the chart to pick dates"),
      ),
    );
  }

  private draw() {
    const bins = this.bins;
    const width = this.chart.getBoundingClientRect().width;
    if (!bins || width === 0) return;
    const frame: TimeFrame = {
      left: MARGIN.left,
      right: width - MARGIN.right,
      from: bins.starts[0] ?? 0,
      to: bins.end,
      period: bins.period,
    };
    this.frame = frame;
    const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
    const bottom = MARGIN.top + innerHeight;
    const maxCount = Math.max(1, ...bins.totals);
    const maxKilled = Math.max(1, ...bins.killedHigh);
    const yCount = (n: number) => bottom - (n / maxCount) * innerHeight;
    const yKilled = (n: number) => bottom - (n / maxKilled) * innerHeight * 0.95;
    const x = (day: number) => frameX(frame, day);

    const order = bins.types.map((t, i) => [t, i] as const).sort((a, b) => byTypeOrder(a[0], b[0]));
    const stacked = new Array<number>(bins.starts.length).fill(0);
    const bars = order.map(([type, i]) => {
      let d = "";
      bins.starts.forEach((start, b) => {
        const n = bins.counts[i]?.[b] ?? 0;
        if (n === 0) return;
        const next = bins.starts[b + 1] ?? bins.end;
        const x0 = x(start);
        const w = Math.max(1, x(next) - x0 - (x(next) - x0 > 4 ? 1 : 0));
        const y0 = yCount((stacked[b] as number) + n);
        const y1 = yCount(stacked[b] as number);
        stacked[b] = (stacked[b] as number) + n;
        d += `M${x0.toFixed(1)},${y1.toFixed(1)}h${w.toFixed(1)}V${y0.toFixed(1)}h${(-w).toFixed(1)}Z`;
      });
      return svg("path", { d, fill: typeStyle(type).colour, class: "bars", "data-type": type });
    });

    const centre = (b: number) => (x(bins.starts[b] as number) + x(bins.starts[b + 1] ?? bins.end)) / 2;
    const points = (values: number[]) =>
      values.map((v, b) => `${centre(b).toFixed(1)},${yKilled(v).toFixed(1)}`);
    const band = [...points(bins.killedHigh), ...points(bins.killedLow).reverse()].join(" ");

    const countTicks = niceTicks(maxCount, 4);
    const killedTicks = niceTicks(maxKilled, 4);
    const ticks = timeTicks(
      frame.from,
      frame.to - 1,
      Math.max(2, Math.floor((frame.right - frame.left) / 80)),
    );
    this.plot.replaceChildren(
      ...countTicks.map((n) =>
        svg(
          "g",
          { class: "grid" },
          svg("line", { x1: frame.left, x2: frame.right, y1: yCount(n), y2: yCount(n) }),
          svg("text", { x: frame.left - 6, y: yCount(n), class: "axis-left" }, formatCount(n)),
        ),
      ),
      ...killedTicks.map((n) =>
        svg("text", { x: frame.right + 6, y: yKilled(n), class: "axis-right" }, formatCount(n)),
      ),
      svg("text", { x: frame.right + 6, y: MARGIN.top - 2, class: "axis-right axis-title" }, "killed"),
      ...bars,
      svg("polygon", { points: band, class: "killed-band" }),
      svg("polyline", { points: points(bins.killedHigh).join(" "), class: "killed-line" }),
      svg("line", { x1: frame.left, x2: frame.right, y1: bottom, y2: bottom, class: "baseline" }),
      ...ticks.map((t) =>
        svg(
          "g",
          { class: "tick" },
          svg("line", { x1: x(t.day), x2: x(t.day), y1: bottom, y2: bottom + 4 }),
          svg("text", { x: x(t.day), y: bottom + 15 }, t.label),
        ),
      ),
    );
    this.brush.setExtent(frame.left, frame.right, MARGIN.top, innerHeight);
    this.placeBrush();
    this.callbacks.onDraw(frame);
  }
}

/** Round tick values from 0 to about `max`. */
function niceTicks(max: number, count: number): number[] {
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? magnitude * 10);
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  return ticks;
}
