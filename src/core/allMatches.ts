/**
 * Every match of a global regular expression in `text`, in order: what `text.matchAll(regex)`
 * gives, without the copy of the expression that matchAll makes on each call. Hot matchers call
 * this once per sentence and rule, where those copies cost more than the matching.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError(`faultline: allMatches expected a global regex, found ${regex}`);
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (match[0] === "")
      regex.lastIndex += regex.unicode && (text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}
