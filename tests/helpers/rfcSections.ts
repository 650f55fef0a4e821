/**
 * Finds the section headings of a plain-text RFC, so tests can check that every cited section
 * exists. Headings start at the left margin: "4.2.3.  Reply Codes in Numeric Order",
 * "3.8 Security or Policy Status", "Appendix D.  Scenarios". Newer RFCs kept as Markdown mark them
 * "### [4.2.1.](#section-4.2.1) ...".
 */
export function rfcSectionNumbers(text: string): Set<string> {
  const sections = new Set<string>();
  for (const line of text.split('\n')) {
    const numbered = /^(\d+(?:\.\d+)*)\.?\s+\S/.exec(line);
    if (numbered?.[1] && /^\d+(\.\d+)*\.?\s{1,3}[A-Z]/.test(line)) sections.add(numbered[1]);
    const appendix = /^Appendix ([A-Z](?:\.\d+)*)\.?\s/.exec(line);
    if (appendix?.[1]) sections.add(`Appendix ${appendix[1]}`);
    const markdown = /^#+ \[(?:(\d+(?:\.\d+)*)|Appendix ([A-Z](?:\.\d+)*))\.?\]\(#(?:section|appendix)-/.exec(
      line,
    );
    if (markdown?.[1]) sections.add(markdown[1]);
    if (markdown?.[2]) sections.add(`Appendix ${markdown[2]}`);
  }
  return sections;
}
