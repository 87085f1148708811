// Aho–Corasick multi-pattern scan: every occurrence of every pattern in one pass over the text, so the 提法 pack
// costs one scan per document however many entries it has. Keys are UTF-16 code units (CJK is one unit each).

export interface AcMatch<T> {
  /** UTF-16 offsets [start, end) in the scanned text. */
  start: number;
  end: number;
  pattern: string;
  value: T;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Indexes into `outputs` ending at this node, own and inherited through fail links. */
  out: number[];
}

export class AhoCorasick<T> {
  private nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  private outputs: Array<{ pattern: string; value: T }> = [];
  private built = false;

  /** Add a pattern with a value returned on each match; the same pattern may be added with several values. */
  add(pattern: string, value: T): this {
    if (pattern === '') throw new Error('empty pattern');
    if (this.built) throw new Error('add after build');
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let t = this.nodes[s]!.next.get(c);
      if (t === undefined) {
        t = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[s]!.next.set(c, t);
      }
      s = t;
    }
    this.nodes[s]!.out.push(this.outputs.length);
    this.outputs.push({ pattern, value });
    return this;
  }

  get size(): number {
    return this.outputs.length;
  }

  /** Compute the failure links (breadth first); called once, automatically by the first search. */
  build(): this {
    const queue: number[] = [];
    for (const t of this.nodes[0]!.next.values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const node = this.nodes[s]!;
      for (const [c, t] of node.next) {
        let f = node.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(c)) f = this.nodes[f]!.fail;
        const g = this.nodes[f]!.next.get(c);
        const fail = g !== undefined && g !== t ? g : 0;
        const child = this.nodes[t]!;
        child.fail = fail;
        if (this.nodes[fail]!.out.length) child.out = child.out.concat(this.nodes[fail]!.out);
        queue.push(t);
      }
    }
    this.built = true;
    return this;
  }

  /** Every match, overlapping ones included, in order of their end offset (longer first at the same end). */
  search(text: string): AcMatch<T>[] {
    if (!this.built) this.build();
    const found: AcMatch<T>[] = [];
    const nodes = this.nodes;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = nodes[s]!.next.get(c);
      while (t === undefined && s !== 0) {
        s = nodes[s]!.fail;
        t = nodes[s]!.next.get(c);
      }
      s = t ?? 0;
      const out = nodes[s]!.out;
      for (let k = 0; k < out.length; k++) {
        const o = this.outputs[out[k]!]!;
        found.push({ start: i + 1 - o.pattern.length, end: i + 1, pattern: o.pattern, value: o.value });
      }
    }
    return found;
  }
}
