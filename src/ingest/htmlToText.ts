import { Parser } from "htmlparser2";

// Elements whose text is never article prose.
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "iframe",
  "select",
]);
// Elements that end a line of text.
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "figure",
  "figcaption",
  "table",
  "tr",
  "td",
  "th",
  "pre",
  "hr",
  "dd",
  "dt",
]);

export interface HtmlText {
  title: string | null;
  text: string;
}

/**
 * The main text of an HTML page: the <article> or <main> element when there is one, else the
 * <body>, without scripts, navigation, headers, footers, asides and forms. Blocks become lines,
 * paragraphs are separated by a blank line. Tolerates malformed markup.
 */
export function htmlToText(html: string): HtmlText {
  const whole: string[] = [];
  const main: string[] = [];
  let skipDepth = 0;
  let mainDepth = 0;
  let inTitle = false;
  let title = "";

  const push = (piece: string) => {
    whole.push(piece);
    if (mainDepth > 0) main.push(piece);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        else if (name === "article" || name === "main") mainDepth++;
        if (name === "title") inTitle = true;
        if (BLOCKS.has(name) && skipDepth === 0) push("\n");
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) push(text);
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (name === "article" || name === "main") {
          push("\n");
          mainDepth = Math.max(0, mainDepth - 1);
        }
        if (BLOCKS.has(name) && skipDepth === 0) push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const raw = main.join("").trim() ? main.join("") : whole.join("");
  const text = raw
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/([^\n])\n(?=[^\n])/g, "$1\n\n")
    .trim();
  return { title: title.trim() || null, text };
}
