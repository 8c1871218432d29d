/**
 * A horizontal brush on an SVG group: drag on the empty area to select a span, drag the selection
 * to move it, drag its edges to resize it, click outside it to clear it. Reports positions in pixels.
 */
import { svg } from "./dom.ts";

export type BrushSelection = [number, number] | null;

export class HorizontalBrush {
  readonly element: SVGGElement;
  private readonly overlay: SVGRectElement;
  private readonly area: SVGRectElement;
  private readonly handles: [SVGRectElement, SVGRectElement];
  private extent: [number, number] = [0, 0];
  private height = 0;
  private selection: BrushSelection = null;

  constructor(private readonly onChange: (selection: BrushSelection, final: boolean) => void) {
    this.overlay = svg("rect", { class: "brush-overlay" });
    this.area = svg("rect", { class: "brush-selection" });
    this.handles = [svg("rect", { class: "brush-handle" }), svg("rect", { class: "brush-handle" })];
    this.element = svg("g", { class: "brush" }, this.overlay, this.area, ...this.handles);
    this.listen();
  }

  /** The span the brush may cover (pixels) and its height. */
  setExtent(x0: number, x1: number, y0: number, height: number) {
    this.extent = [x0, x1];
    this.height = height;
    this.element.setAttribute("transform", `translate(0,${y0})`);
    this.overlay.setAttribute("x", String(x0));
    this.overlay.setAttribute("width", String(Math.max(0, x1 - x0)));
    this.overlay.setAttribute("height", String(height));
    this.draw();
  }

  /** Shows a selection without reporting it. */
  setSelection(selection: BrushSelection) {
    this.selection = selection && this.clamp(selection);
    this.draw();
  }

  private clamp([a, b]: [number, number]): [number, number] {
    const [x0, x1] = this.extent;
    const lo = Math.max(x0, Math.min(a, b));
    const hi = Math.min(x1, Math.max(a, b));
    return [lo, Math.max(lo, hi)];
  }

  private draw() {
    const s = this.selection;
    this.element.classList.toggle("has-selection", s !== null);
    for (const r of [this.area, ...this.handles]) r.setAttribute("height", String(this.height));
    if (!s) return;
    this.area.setAttribute("x", String(s[0]));
    this.area.setAttribute("width", String(s[1] - s[0]));
    this.handles.forEach((handle, i) => {
      handle.setAttribute("x", String((i === 0 ? s[0] : s[1]) - 4));
      handle.setAttribute("width", "8");
    });
  }

  private listen() {
    let mode: { kind: "new" | "move" | "left" | "right"; x: number; start: BrushSelection } | null = null;
    const local = (event: PointerEvent) => {
      const box = this.overlay.getBoundingClientRect();
      return this.extent[0] + (event.clientX - box.left);
    };
    const begin = (kind: "new" | "move" | "left" | "right") => (event: PointerEvent) => {
      if (event.button !== 0) return;
      event.preventDefault();
      event.stopPropagation();
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
      mode = { kind, x: local(event), start: this.selection };
    };
    this.overlay.addEventListener("pointerdown", begin("new"));
    this.area.addEventListener("pointerdown", begin("move"));
    this.handles[0].addEventListener("pointerdown", begin("left"));
    this.handles[1].addEventListener("pointerdown", begin("right"));
    const move = (event: PointerEvent) => {
      if (!mode) return;
      const x = local(event);
      const start = mode.start;
      if (mode.kind === "new") {
        if (Math.abs(x - mode.x) < 3) return;
        this.selection = this.clamp([mode.x, x]);
      } else if (start && mode.kind === "move") {
        const width = start[1] - start[0];
        const lo = Math.max(this.extent[0], Math.min(this.extent[1] - width, start[0] + x - mode.x));
        this.selection = [lo, lo + width];
      } else if (start && mode.kind === "left") this.selection = this.clamp([x, start[1]]);
      else if (start && mode.kind === "right") this.selection = this.clamp([start[0], x]);
      this.draw();
      this.onChange(this.selection, false);
    };
    const end = (event: PointerEvent) => {
      if (!mode) return;
      const { kind, x } = mode;
      mode = null;
      if (kind === "new" && Math.abs(local(event) - x) < 3) this.selection = null;
      else if (this.selection && this.selection[1] - this.selection[0] < 1) this.selection = null;
      this.draw();
      this.onChange(this.selection, true);
    };
    for (const target of [this.overlay, this.area, ...this.handles]) {
      target.addEventListener("pointermove", move);
      target.addEventListener("pointerup", end);
      target.addEventListener("pointercancel", end);
    }
  }
}
