/**
 * Sections from numbered headings. A Docsy "_print" page is flat: hierarchy is only in the number
 * prefix of each page heading ("3", "3.1", "3.1.4", "3.1.4.2"), so the tree is rebuilt from the numbers.
 * Headings without a number (h2 "Description" in HTML) stay content of the enclosing section.
 */
import type { Block, DocumentTree, HeadingBlock } from "./model.js";

export interface Section {
  number?: string;
  title: string;
  heading?: HeadingBlock;
  /** The section's own blocks, before its first child section. */
  blocks: Block[];
  children: Section[];
  depth: number;
}

export function buildSections(doc: DocumentTree): Section {
  const root: Section = { title: "", blocks: [], children: [], depth: 0 };
  const stack: Section[] = [root];
  for (const block of doc.blocks) {
    if (block.kind === "heading" && block.number !== undefined) {
      let depth = 1;
      for (let k = block.number.indexOf("."); k >= 0; k = block.number.indexOf(".", k + 1)) depth++;
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
      const section: Section = { number: block.number, title: block.title, heading: block, blocks: [], children: [], depth };
      stack[stack.length - 1]!.children.push(section);
      stack.push(section);
      continue;
    }
    stack[stack.length - 1]!.blocks.push(block);
  }
  return root;
}

/** Depth-first walk over a section and its descendants. */
export function* walkSections(section: Section): Generator<Section> {
  const stack: Section[] = [section];
  while (stack.length > 0) {
    const s = stack.pop()!;
    yield s;
    for (let k = s.children.length - 1; k >= 0; k--) stack.push(s.children[k]!);
  }
}
