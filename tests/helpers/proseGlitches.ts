/**
 * Finds the glitches generated prose tends to have: a doubled word ("when when"), a space before
 * punctuation, leaked values (`undefined`, `NaN`, `[object Object]`), empty parentheses. Used by the
 * end-to-end tests on every built page's visible text.
 */
export function findProseGlitches(text: string): string[] {
  const glitches: string[] = [];
  // Line breaks separate blocks (a list item, then a paragraph): a word may end one and start the next.
  // So do table cells, which innerText separates with tabs.
  const collapsed = text.replace(/\t/g, '\n').replace(/[^\S\n]+/g, ' ');
  for (const match of collapsed.matchAll(/\b([A-Za-z]{2,}) \1\b/gi)) {
    // "that that" can be correct English; flag it all the same so a person looks at it.
    glitches.push(`doubled word: "${match[0]}"`);
  }
  for (const match of collapsed.matchAll(/\S+ [,;:.!?](?=\s|$)/g)) {
    glitches.push(`space before punctuation: "${match[0]}"`);
  }
  for (const leaked of ['NaN', '[object Object]', 'null null']) {
    if (collapsed.includes(leaked)) glitches.push(`leaked value: "${leaked}"`);
  }
  // "undefined" is a real word in the registry's names ("Other or undefined mailbox status"); anywhere
  // else it is a value that leaked into the text.
  if (/(?<!\b(?:or|other|an) )\bundefined\b/i.test(collapsed)) glitches.push('leaked value: "undefined"');
  if (/\(\s*\)/.test(collapsed)) glitches.push('empty parentheses');
  return glitches;
}
