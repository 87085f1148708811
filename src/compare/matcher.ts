// Aho–Corasick over many terms at once: every 提法 of a corpus is located in every text in one linear pass,
// so "is it used on the other side?" and "in which years?" never cost terms × texts substring searches.

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Term ids ending here (own and inherited through the failure link). */
  out: number[];
}

export class TermMatcher {
  private nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];

  constructor(terms: readonly string[]) {
    terms.forEach((t, id) => this.insert(t, id));
    this.link();
  }

  private insert(term: string, id: number): void {
    if (term === '') return;
    let n = 0;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      let to = this.nodes[n].next.get(c);
      if (to === undefined) {
        to = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[n].next.set(c, to);
      }
      n = to;
    }
    this.nodes[n].out.push(id);
  }

  private link(): void {
    const queue: number[] = [];
    for (const to of this.nodes[0].next.values()) queue.push(to);
    for (let qi = 0; qi < queue.length; qi++) {
      const n = queue[qi];
      for (const [c, to] of this.nodes[n].next) {
        let f = this.nodes[n].fail;
        while (f !== 0 && !this.nodes[f].next.has(c)) f = this.nodes[f].fail;
        const g = this.nodes[f].next.get(c);
        this.nodes[to].fail = g !== undefined && g !== to ? g : 0;
        const inherited = this.nodes[this.nodes[to].fail].out;
        if (inherited.length > 0) this.nodes[to].out = [...this.nodes[to].out, ...inherited];
        queue.push(to);
      }
    }
  }

  /** Occurrences of each term in text (overlapping matches of different terms all count). */
  count(text: string, into: Map<number, number> = new Map()): Map<number, number> {
    const nodes = this.nodes;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let to = nodes[n].next.get(c);
      while (to === undefined && n !== 0) {
        n = nodes[n].fail;
        to = nodes[n].next.get(c);
      }
      n = to ?? 0;
      const out = nodes[n].out;
      for (let k = 0; k < out.length; k++) into.set(out[k], (into.get(out[k]) ?? 0) + 1);
    }
    return into;
  }
}

/** Zero-width characters and white space: web copies break words with them, so presence ignores them. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

export function searchForm(text: string): string {
  return text.replace(INVISIBLE, '');
}
