/**
 * The map: the base map and the event symbols on two <canvas> layers (one symbol per located
 * place of each report, shaped and coloured by type, sized by deaths), with drag to pan, the wheel
 * to zoom, a tooltip, and a click that picks the events under the cursor. Symbols of one type are
 * traced into one path and filled at once, so 100,000 of them draw in a few tens of milliseconds.
 */
import type { BaseMap } from "./baseMap.ts";
import { formatDay } from "./calendar.ts";
import { formatCount, h, svg } from "./dom.ts";
import { byTypeOrder, symbolPath, symbolRadius, traceSymbol, typeStyle } from "./eventSymbols.ts";
import type { PointTable } from "./pointTable.ts";

const DEG = Math.PI / 180;
/** The view a fit may not zoom beyond, and the one the wheel may not: degrees of longitude across. */
const FIT_MIN_DEGREES = 8;
const ZOOM_MIN_DEGREES = 0.4;
const HIT_SLOP = 3;

export interface MapCallbacks {
  /** A click on event symbols: the topmost point's index, and every point under the cursor. */
  onPick(index: number, here: number[]): void;
  /** Called after each drawing of the symbols (with the count drawn), once the base map is there too. */
  onDraw(points: number): void;
}

export class MapView {
  readonly element: HTMLElement;
  private readonly baseCanvas: HTMLCanvasElement;
  private readonly pointCanvas: HTMLCanvasElement;
  private readonly tooltip: HTMLElement;
  private readonly legend: HTMLElement;
  private width = 0;
  private height = 0;
  private dpr = 1;
  /** Mercator scale (pixels per radian) and translation. */
  private k = 1;
  private tx = 0;
  private ty = 0;
  private fitted = false;
  private fitPending = false;
  private baseMap: BaseMap | null = null;
  private table: PointTable | null = null;
  private mask: Uint8Array | null = null;
  /** Each point in Mercator's unit coordinates, its radius, and the drawing order (largest first). */
  private mx = new Float64Array(0);
  private my = new Float64Array(0);
  private radius = new Float32Array(0);
  private order = new Uint32Array(0);
  /** Where each point was last drawn (NaN when it was not). */
  private px = new Float32Array(0);
  private py = new Float32Array(0);
  private selected: string | null = null;
  private frame = 0;
  private redrawBase = false;
  private drag: { x: number; y: number; tx: number; ty: number; moved: boolean } | null = null;

  constructor(private readonly callbacks: MapCallbacks) {
    this.baseCanvas = h("canvas", { class: "map-base", "aria-hidden": "true" });
    this.pointCanvas = h("canvas", { class: "map-points", role: "img", "aria-label": "Map of events" });
    this.tooltip = h("div", { class: "map-tooltip", hidden: true });
    this.legend = h("div", { class: "map-legend" });
    const button = (label: string, title: string, action: () => void) =>
      h("button", { type: "button", title, "aria-label": title, onclick: action }, label);
    this.element = h(
      "div",
      { class: "map", id: "map" },
      this.baseCanvas,
      this.pointCanvas,
      h(
        "div",
        { class: "map-controls" },
        button("+", "Zoom in", () => this.zoomBy(2, this.width / 2, this.height / 2)),
        button("−", "Zoom out", () => this.zoomBy(0.5, this.width / 2, this.height / 2)),
        button("⤢", "Fit the events", () => this.fit()),
      ),
      this.legend,
      this.tooltip,
      h("div", { class: "map-credit" }, "Natural Earth · GeoNames"),
    );
    this.listen();
    new ResizeObserver(() => this.resize()).observe(this.element);
  }

  setBaseMap(baseMap: BaseMap) {
    this.baseMap = baseMap;
    this.schedule(true);
  }

  /** New points (a new fetch, for another actor or place): projects them, frames them, and draws. */
  setPoints(table: PointTable, mask: Uint8Array) {
    const n = table.length;
    this.table = table;
    this.mask = mask;
    this.mx = new Float64Array(n);
    this.my = new Float64Array(n);
    this.radius = new Float32Array(n);
    this.px = new Float32Array(n).fill(Number.NaN);
    this.py = new Float32Array(n).fill(Number.NaN);
    for (let i = 0; i < n; i++) {
      const lat = Math.max(-85, Math.min(85, table.lat[i] as number));
      this.mx[i] = (table.lon[i] as number) * DEG;
      this.my[i] = Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2));
      this.radius[i] = symbolRadius(table.fatalities[i] as number);
    }
    this.order = Uint32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => (this.radius[b] as number) - (this.radius[a] as number),
    );
    this.renderLegend(table);
    this.fitPending = true;
    this.schedule(true);
  }

  /** The filter changed: draws the points that pass. */
  setMask(mask: Uint8Array) {
    this.mask = mask;
    this.schedule(false);
  }

  setSelected(eventId: string | null) {
    this.selected = eventId;
    this.schedule(false);
  }

  /**
   * Frames the points that pass the filter (the world when there are none): where most of them
   * are, so that a few far-off places (talks in a capital abroad) do not shrink the rest.
   */
  fit() {
    this.fitPending = true;
    this.schedule(true);
  }

  private applyFit() {
    this.fitPending = false;
    const xs: number[] = [];
    const ys: number[] = [];
    const mask = this.mask;
    for (let i = 0; i < this.mx.length; i++) {
      if (mask && !mask[i]) continue;
      xs.push(this.mx[i] as number);
      ys.push(this.my[i] as number);
    }
    let [x0, x1, y0, y1] = [-Math.PI, Math.PI, -2.2, 2.6];
    if (xs.length > 0) {
      [x0, x1] = robustRange(xs);
      [y0, y1] = robustRange(ys);
    }
    const pad = 64;
    const k = Math.min(
      (this.width - 2 * pad) / (x1 - x0 || 1e-9),
      (this.height - 2 * pad) / (y1 - y0 || 1e-9),
    );
    this.k = Math.max(this.minScale(), Math.min(this.width / (FIT_MIN_DEGREES * DEG), k));
    this.tx = this.width / 2 - (this.k * (x0 + x1)) / 2;
    this.ty = this.height / 2 + (this.k * (y0 + y1)) / 2;
    this.fitted = true;
  }

  private minScale() {
    return Math.min(this.width, this.height * 1.4) / (2 * Math.PI);
  }

  private zoomBy(factor: number, cx: number, cy: number) {
    const k = Math.max(this.minScale(), Math.min(this.width / (ZOOM_MIN_DEGREES * DEG), this.k * factor));
    this.tx = cx - ((cx - this.tx) * k) / this.k;
    this.ty = cy - ((cy - this.ty) * k) / this.k;
    this.k = k;
    this.schedule(true);
  }

  private resize() {
    const { width, height } = this.element.getBoundingClientRect();
    if (width === 0 || height === 0) return;
    const dpr = window.devicePixelRatio || 1;
    if (this.fitted) {
      this.tx += (width - this.width) / 2;
      this.ty += (height - this.height) / 2;
    }
    this.width = width;
    this.height = height;
    this.dpr = dpr;
    for (const canvas of [this.baseCanvas, this.pointCanvas]) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    this.schedule(true);
  }

  private schedule(base: boolean) {
    this.redrawBase ||= base;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.width === 0) return;
      if (this.fitPending && this.table) this.applyFit();
      if (this.redrawBase) this.drawBase();
      this.redrawBase = false;
      const drawn = this.drawPoints();
      if (this.baseMap && this.table) this.callbacks.onDraw(drawn);
    });
  }

  private context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    return ctx;
  }

  private drawBase() {
    const ctx = this.context(this.baseCanvas);
    ctx.fillStyle = "#dde7ef";
    ctx.fillRect(0, 0, this.width, this.height);
    const base = this.baseMap;
    if (!base) return;
    // The base map is in Mercator's unit coordinates: one transform puts it on screen.
    const { k, tx, ty, dpr } = this;
    ctx.setTransform(dpr * k, 0, 0, -dpr * k, dpr * tx, dpr * ty);
    ctx.fillStyle = "#f6f4ef";
    ctx.fill(base.land);
    ctx.lineJoin = "round";
    ctx.lineWidth = 0.6 / k;
    ctx.strokeStyle = "#a9b8c6";
    ctx.stroke(base.land);
    ctx.lineWidth = 0.8 / k;
    ctx.strokeStyle = "#c3b9a8";
    ctx.stroke(base.borders);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.drawLabels(ctx, base);
  }

  /** Country names where the country is large enough on screen, then cities, largest first, while they fit. */
  private drawLabels(ctx: CanvasRenderingContext2D, base: BaseMap) {
    // The legend and the buttons cover the map: no label under them.
    const frame = this.element.getBoundingClientRect();
    const taken: [number, number, number, number][] = [
      ...this.element.querySelectorAll(".map-legend, .map-controls"),
    ].map((overlay) => {
      const r = overlay.getBoundingClientRect();
      return [r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top];
    });
    const free = (x0: number, y0: number, x1: number, y1: number) =>
      x0 >= 0 &&
      y0 >= 0 &&
      x1 <= this.width &&
      y1 <= this.height &&
      !taken.some(([a0, b0, a1, b1]) => x0 < a1 && x1 > a0 && y0 < b1 && y1 > b0);
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.font = "600 10.5px system-ui, sans-serif";
    ctx.letterSpacing = "0.8px";
    ctx.textAlign = "center";
    for (const country of base.countries) {
      const x = this.tx + this.k * country.x;
      const y = this.ty - this.k * country.y;
      if (x < 0 || y < 0 || x > this.width || y > this.height) continue;
      const name = country.name.toUpperCase();
      const w = ctx.measureText(name).width;
      if (Math.sqrt(country.area) * this.k < w * 0.9) continue;
      if (!free(x - w / 2 - 2, y - 7, x + w / 2 + 2, y + 7)) continue;
      taken.push([x - w / 2 - 2, y - 7, x + w / 2 + 2, y + 7]);
      ctx.fillStyle = "#9a958b";
      ctx.fillText(name, x, y);
    }
    ctx.letterSpacing = "0px";
    ctx.textAlign = "left";
    const degreesAcross = this.width / this.k / DEG;
    const minPopulation =
      degreesAcross > 150
        ? 5e6
        : degreesAcross > 70
          ? 2e6
          : degreesAcross > 30
            ? 1e6
            : degreesAcross > 12
              ? 3e5
              : 1e5;
    let labelled = 0;
    for (const city of base.cities) {
      if (city.population < minPopulation && !(city.capital && degreesAcross < 70)) continue;
      if (labelled >= 150) break;
      const x = this.tx + this.k * city.x;
      const y = this.ty - this.k * city.y;
      if (x < 0 || y < 0 || x > this.width || y > this.height) continue;
      ctx.font = city.capital ? "600 11px system-ui, sans-serif" : "11px system-ui, sans-serif";
      const w = ctx.measureText(city.name).width;
      const right: [number, number, number, number] = [x - 3, y - 7, x + 6 + w, y + 7];
      const left: [number, number, number, number] = [x - 6 - w, y - 7, x + 3, y + 7];
      const box = free(...right) ? right : free(...left) ? left : null;
      if (!box) continue;
      taken.push(box);
      labelled++;
      ctx.fillStyle = "#4a4f55";
      if (city.capital) ctx.fillRect(x - 2.5, y - 2.5, 5, 5);
      else {
        ctx.beginPath();
        ctx.arc(x, y, 2, 0, 2 * Math.PI);
        ctx.fill();
      }
      const textX = box === right ? x + 5 : x - 5 - w;
      ctx.strokeStyle = "rgba(246,244,239,0.9)";
      ctx.lineWidth = 3;
      ctx.strokeText(city.name, textX, y);
      ctx.fillStyle = "#3d4248";
      ctx.fillText(city.name, textX, y);
    }
  }

  /** Draws the symbols that pass the filter; returns how many. */
  private drawPoints(): number {
    const ctx = this.context(this.pointCanvas);
    ctx.clearRect(0, 0, this.width, this.height);
    const table = this.table;
    const mask = this.mask;
    if (!table || !mask) return 0;
    const paths = table.types.map(() => new Path2D());
    const shapes = table.types.map((t) => typeStyle(t).shape);
    const { k, tx, ty, width, height } = this;
    let drawn = 0;
    this.px.fill(Number.NaN);
    this.py.fill(Number.NaN);
    // Symbols of one type and size on the same pixel are drawn once: many events share a place.
    const traced = new Set<number>();
    for (const i of this.order) {
      if (!mask[i]) continue;
      const x = tx + k * (this.mx[i] as number);
      const y = ty - k * (this.my[i] as number);
      const r = this.radius[i] as number;
      if (x < -r || y < -r || x > width + r || y > height + r) continue;
      this.px[i] = x;
      this.py[i] = y;
      drawn++;
      const type = table.type[i] as number;
      const key = ((type * 64 + Math.round(r * 2)) * 8192 + Math.round(x + r)) * 8192 + Math.round(y + r);
      if (traced.has(key)) continue;
      traced.add(key);
      traceSymbol(paths[type] as Path2D, shapes[type] ?? "circle", x, y, r);
    }
    const stroke = traced.size < 30_000;
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = "rgba(255,255,255,0.85)";
    const types = table.types.map((t, i) => [t, i] as const).sort((a, b) => byTypeOrder(b[0], a[0]));
    for (const [type, i] of types) {
      ctx.globalAlpha = 0.78;
      ctx.fillStyle = typeStyle(type).colour;
      ctx.fill(paths[i] as Path2D);
      ctx.globalAlpha = 1;
      if (stroke) ctx.stroke(paths[i] as Path2D);
    }
    if (this.selected) {
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = "#111";
      ctx.beginPath();
      for (let i = 0; i < table.length; i++) {
        if (table.points[i]?.id !== this.selected || Number.isNaN(this.px[i] as number)) continue;
        const r = (this.radius[i] as number) + 4;
        ctx.moveTo((this.px[i] as number) + r, this.py[i] as number);
        ctx.arc(this.px[i] as number, this.py[i] as number, r, 0, 2 * Math.PI);
      }
      ctx.stroke();
    }
    this.pointCanvas.dataset.points = String(drawn);
    return drawn;
  }

  /** The drawn points under a position, nearest first. */
  private hits(x: number, y: number): number[] {
    const found: [number, number][] = [];
    for (let i = 0; i < this.px.length; i++) {
      const dx = (this.px[i] as number) - x;
      const dy = (this.py[i] as number) - y;
      const reach = (this.radius[i] as number) + HIT_SLOP;
      // NaN (not drawn) fails the comparison.
      if (dx * dx + dy * dy <= reach * reach) found.push([i, dx * dx + dy * dy]);
    }
    return found.sort((a, b) => a[1] - b[1]).map(([i]) => i);
  }

  private position(event: PointerEvent | WheelEvent): [number, number] {
    const rect = this.pointCanvas.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  }

  private listen() {
    const canvas = this.pointCanvas;
    canvas.addEventListener(
      "wheel",
      (event) => {
        event.preventDefault();
        const [x, y] = this.position(event);
        this.zoomBy(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002)), x, y);
      },
      { passive: false },
    );
    canvas.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      canvas.setPointerCapture(event.pointerId);
      this.drag = { x: event.clientX, y: event.clientY, tx: this.tx, ty: this.ty, moved: false };
    });
    canvas.addEventListener("pointermove", (event) => {
      const drag = this.drag;
      if (drag) {
        const dx = event.clientX - drag.x;
        const dy = event.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
        if (!drag.moved) return;
        this.tx = drag.tx + dx;
        this.ty = drag.ty + dy;
        this.tooltip.hidden = true;
        canvas.classList.add("dragging");
        this.schedule(true);
        return;
      }
      const [x, y] = this.position(event);
      this.showTooltip(this.hits(x, y), x, y);
    });
    const end = (event: PointerEvent) => {
      const drag = this.drag;
      this.drag = null;
      canvas.classList.remove("dragging");
      if (!drag || drag.moved || event.type !== "pointerup") return;
      const [x, y] = this.position(event);
      const here = this.hits(x, y);
      if (here.length > 0) this.callbacks.onPick(here[0] as number, here);
    };
    canvas.addEventListener("pointerup", end);
    canvas.addEventListener("pointercancel", end);
    canvas.addEventListener("pointerleave", () => {
      this.tooltip.hidden = true;
    });
  }

  private showTooltip(here: number[], x: number, y: number) {
    const table = this.table;
    this.pointCanvas.classList.toggle("over-event", here.length > 0);
    if (!table || here.length === 0) {
      this.tooltip.hidden = true;
      return;
    }
    const first = table.points[here[0] as number];
    const seen = new Set<string>();
    const rows: HTMLElement[] = [];
    for (const i of here) {
      const p = table.points[i];
      if (!p || seen.has(p.id)) continue;
      seen.add(p.id);
      if (rows.length < 5)
        rows.push(
          h(
            "li",
            {},
            h("span", { class: "swatch", style: `background:${typeStyle(p.type).colour}` }),
            `${typeStyle(p.type).label} (${p.mode.replace(/_/g, " ")})`,
            p.start ? ` · ${formatDay(p.start)}` : "",
            p.fatalities !== null ? ` · ${formatCount(p.fatalities)} killed` : "",
          ),
        );
    }
    this.tooltip.replaceChildren(
      h("strong", {}, `${first?.place ?? ""}${first?.country ? `, ${first.country}` : ""}`),
      h("ul", {}, ...rows),
      h("div", { class: "more" }, seen.size > rows.length ? `and ${seen.size - rows.length} more` : ""),
      h("div", { class: "hint" }, "Click to open"),
    );
    this.tooltip.hidden = false;
    const left = x + 14 + 260 > this.width ? x - 14 - 260 : x + 14;
    this.tooltip.style.left = `${Math.max(4, left)}px`;
    this.tooltip.style.top = `${Math.max(4, Math.min(this.height - 140, y - 10))}px`;
  }

  private renderLegend(table: PointTable) {
    const types = [...table.types].sort(byTypeOrder);
    const symbol = (type: string) => {
      const style = typeStyle(type);
      return svg(
        "svg",
        { width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true" },
        svg("path", { d: symbolPath(style.shape, 7, 7, 5), fill: style.colour, "fill-opacity": 0.85 }),
      );
    };
    const sizes = [1, 10, 100];
    this.legend.replaceChildren(
      h("ul", {}, ...types.map((t) => h("li", {}, symbol(t), typeStyle(t).label))),
      h(
        "div",
        { class: "sizes" },
        svg(
          "svg",
          { width: 96, height: 36, "aria-hidden": "true" },
          ...sizes.map((deaths, i) => {
            const r = symbolRadius(deaths);
            return svg("circle", { cx: 10 + i * 32, cy: 32 - r, r, fill: "none", stroke: "#777" });
          }),
        ),
        h("div", { class: "size-labels" }, ...sizes.map((d) => h("span", {}, String(d)))),
        h("div", {}, "killed"),
      ),
    );
  }
}

/**
 * The span to frame of some values: where most of them are (the middle 60%, widened by half on
 * each side), within their full span. A few places far off do not shrink the rest to a dot.
 */
function robustRange(values: number[]): [number, number] {
  values.sort((a, b) => a - b);
  const first = values[0] as number;
  const last = values.at(-1) as number;
  if (values.length < 10) return [first, last];
  const at = (q: number) => values[Math.round(q * (values.length - 1))] as number;
  const [lo, hi] = [at(0.2), at(0.8)];
  const margin = (hi - lo) / 2;
  return [Math.max(first, lo - margin), Math.min(last, hi + margin)];
}
