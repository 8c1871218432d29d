/**
 * How an event type looks on the map and in the timeline: a colour and a shape. Armed force is
 * red circles, coercion orange squares, words (threats, accusations, denials, protests) triangles,
 * cooperation blue and green diamonds. Sizes grow with the square root of the deaths reported.
 */
export type Shape = "circle" | "square" | "triangle" | "diamond";

export interface TypeStyle {
  colour: string;
  shape: Shape;
  label: string;
}

const STYLES: Record<string, TypeStyle> = {
  ASSAULT: { colour: "#d7301f", shape: "circle", label: "Assault" },
  COERCE: { colour: "#f28e2b", shape: "square", label: "Coercion" },
  MOBILIZE: { colour: "#9c6b4e", shape: "square", label: "Mobilisation" },
  THREATEN: { colour: "#b6407d", shape: "triangle", label: "Threat" },
  ACCUSE: { colour: "#c9a227", shape: "triangle", label: "Accusation" },
  REJECT: { colour: "#8a8a8a", shape: "triangle", label: "Denial" },
  PROTEST: { colour: "#8f6bb3", shape: "triangle", label: "Protest" },
  CONSULT: { colour: "#3a75b0", shape: "diamond", label: "Consultation" },
  SUPPORT: { colour: "#4eb3c8", shape: "diamond", label: "Support" },
  AGREE: { colour: "#2f9e44", shape: "diamond", label: "Agreement" },
  AID: { colour: "#7cc26b", shape: "diamond", label: "Aid" },
  RETREAT: { colour: "#9db8d9", shape: "diamond", label: "Retreat" },
};

/** The order types are stacked and listed in: force first, cooperation last. */
export const TYPE_ORDER = Object.keys(STYLES);

export function typeStyle(type: string): TypeStyle {
  return STYLES[type] ?? { colour: "#6c757d", shape: "circle", label: type };
}

/** Sorts types as TYPE_ORDER, unknown ones last by name. */
export function byTypeOrder(a: string, b: string): number {
  const ia = TYPE_ORDER.indexOf(a);
  const ib = TYPE_ORDER.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
}

/** The symbol's radius in CSS pixels: 3 for no deaths reported, growing with √deaths up to 22. */
export function symbolRadius(fatalities: number): number {
  return Number.isNaN(fatalities) || fatalities <= 0 ? 3 : Math.min(22, 3.5 + 1.6 * Math.sqrt(fatalities));
}

/**
 * Adds a symbol's outline to a path (several symbols fill in one call). Shapes end where they
 * began rather than with closePath(), which costs time in proportion to the path in Chromium.
 */
export function traceSymbol(ctx: CanvasPath, shape: Shape, x: number, y: number, r: number) {
  switch (shape) {
    case "circle":
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      break;
    case "square": {
      const s = r * 0.9;
      ctx.rect(x - s, y - s, 2 * s, 2 * s);
      break;
    }
    case "triangle": {
      const s = r * 1.2;
      ctx.moveTo(x, y - s);
      ctx.lineTo(x + s * 0.866, y + s * 0.5);
      ctx.lineTo(x - s * 0.866, y + s * 0.5);
      ctx.lineTo(x, y - s);
      break;
    }
    case "diamond": {
      const s = r * 1.15;
      ctx.moveTo(x, y - s);
      ctx.lineTo(x + s, y);
      ctx.lineTo(x, y + s);
      ctx.lineTo(x - s, y);
      ctx.lineTo(x, y - s);
      break;
    }
  }
}

/** The same symbol as an SVG path, for legends. */
export function symbolPath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case "circle":
      return `M${x + r},${y}A${r},${r} 0 1,1 ${x - r},${y}A${r},${r} 0 1,1 ${x + r},${y}Z`;
    case "square": {
      const s = r * 0.9;
      return `M${x - s},${y - s}h${2 * s}v${2 * s}h${-2 * s}Z`;
    }
    case "triangle": {
      const s = r * 1.2;
      return `M${x},${y - s}L${x + s * 0.866},${y + s * 0.5}L${x - s * 0.866},${y + s * 0.5}Z`;
    }
    case "diamond": {
      const s = r * 1.15;
      return `M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z`;
    }
  }
}

/** The colour of an interaction's tone: blue for cooperative (below 0), grey for neutral, red for hostile (up to 10). */
export function toneColour(tone: number): string {
  const t = Math.max(-1, Math.min(1, tone / (tone >= 0 ? 10 : 6)));
  const grey = [150, 150, 150];
  const end = t >= 0 ? [200, 30, 30] : [30, 100, 200];
  const mix = grey.map((g, i) => Math.round(g + ((end[i] as number) - g) * Math.abs(t)));
  return `rgb(${mix.join(",")})`;
}
