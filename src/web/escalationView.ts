/**
 * The escalation series of one dyad (GET /api/escalation), drawn under the timeline on the same
 * time axis: intensity per period above the line when hostile, below when cooperative, with the
 * change points the API found and its one-line summary.
 */
import type { Escalation } from "./apiTypes.ts";
import { dayNumber, nextPeriod, type Period } from "./calendar.ts";
import { h, svg } from "./dom.ts";
import { frameX, type TimeFrame } from "./timelineView.ts";

export interface DyadOption {
  value: string;
  label: string;
}

const HEIGHT = 84;

export class EscalationView {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly chart: SVGSVGElement;
  private readonly summary: HTMLElement;

  constructor(onDyad: (dyad: string) => void) {
    this.select = h("select", {
      id: "dyad",
      "aria-label": "Dyad",
      onchange: () => onDyad(this.select.value),
    });
    this.chart = svg("svg", {
      class: "escalation-chart",
      height: HEIGHT,
      role: "img",
      "aria-label": "Escalation",
    });
    this.summary = h("p", { class: "escalation-summary" });
    this.element = h(
      "section",
      { class: "escalation", id: "escalation" },
      h("div", { class: "panel-header" }, h("h2", {}, "Escalation"), h("label", {}, "between ", this.select)),
      this.chart,
      this.summary,
    );
  }

  setOptions(options: DyadOption[], selected: string | null) {
    const all =
      selected && !options.some((o) => o.value === selected)
        ? [{ value: selected, label: selected }, ...options]
        : options;
    this.select.replaceChildren(
      ...(all.length === 0 ? [h("option", { value: "" }, "no dyad in view")] : []),
      ...all.map((o) => h("option", { value: o.value, selected: o.value === selected }, o.label)),
    );
    this.select.disabled = all.length === 0;
  }

  showMessage(message: string) {
    this.chart.replaceChildren();
    this.summary.textContent = message;
  }

  render(escalation: Escalation, frame: TimeFrame) {
    const period = escalation.period as Period;
    const series = escalation.series.map((p) => {
      const start = dayNumber(p.period);
      return { ...p, start, end: nextPeriod(start, period) };
    });
    const visible = series.filter((p) => p.end > frame.from && p.start < frame.to);
    const max = Math.max(1, ...visible.map((p) => Math.abs(p.intensity)));
    const middle = HEIGHT / 2;
    const y = (v: number) => middle - (v / max) * (middle - 4);
    const x = (day: number) => Math.max(frame.left, Math.min(frame.right, frameX(frame, day)));
    const bars = (sign: 1 | -1) =>
      visible
        .filter((p) => p.intensity * sign > 0)
        .map((p) => {
          const x0 = x(p.start);
          const w = Math.max(1, x(p.end) - x0 - 1);
          return `M${x0.toFixed(1)},${middle}h${w.toFixed(1)}V${y(p.intensity).toFixed(1)}h${(-w).toFixed(1)}Z`;
        })
        .join("");
    const changes = escalation.changes
      .map((c) => ({ ...c, day: dayNumber(c.period) }))
      .filter((c) => c.day >= frame.from && c.day < frame.to);
    this.chart.replaceChildren(
      svg("line", { x1: frame.left, x2: frame.right, y1: middle, y2: middle, class: "baseline" }),
      svg("text", { x: frame.left - 6, y: 10, class: "axis-left" }, "hostile"),
      svg("text", { x: frame.left - 6, y: HEIGHT - 8, class: "axis-left" }, "coop."),
      svg("path", { d: bars(1), class: "hostile" }),
      svg("path", { d: bars(-1), class: "cooperative" }),
      ...changes.map((c) => {
        const cx = x(c.day);
        const up = c.direction === "escalation";
        return svg(
          "path",
          {
            d: up ? `M${cx - 5},12L${cx + 5},12L${cx},3Z` : `M${cx - 5},3L${cx + 5},3L${cx},12Z`,
            class: up ? "change up" : "change down",
          },
          svg("title", {}, `${c.direction} from the ${period} of ${c.period}: intensity ${c.from} → ${c.to}`),
        );
      }),
    );
    this.summary.textContent = escalation.summary;
  }
}
