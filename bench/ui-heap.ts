// A heap snapshot of the kiosk page, split into what the page holds and the code V8 compiled, and that code
// split by whose script it runs: the app's bundle, or the bench's own harness (Playwright's injected script and
// its fake clock live in the same heap, in scripts without a URL). A leak of visitor state shows in the values;
// compiled code grows while functions get hot enough to optimise, the harness's as much as the app's.
import type { CDPSession } from 'playwright-core';

export interface HeapSplit {
  /** Objects, arrays, closures, strings and their shapes. */
  values: number;
  /** Bytecode, optimised code and their tables, for functions of the app's scripts (served from `origin`). */
  appCode: number;
  /** The same for every other script: the harness (and the browser's own, which do not change). */
  otherCode: number;
}

const VALUE_TYPES = new Set(['object', 'closure', 'array', 'string', 'concatenated string', 'sliced string', 'regexp', 'number', 'symbol', 'bigint', 'object shape']);

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join('')) as Snapshot;
}

/** How many retainer steps up from a piece of code to look for the function it belongs to. */
const MAX_DEPTH = 6;

export async function heapSplit(cdp: CDPSession, origin: string): Promise<HeapSplit> {
  const s = await takeSnapshot(cdp);
  const { node_fields: nodeFields, node_types: nodeTypes, edge_fields: edgeFields, edge_types: edgeTypes } = s.snapshot.meta;
  const nf = nodeFields.length;
  const ef = edgeFields.length;
  const typeAt = nodeFields.indexOf('type');
  const nameAt = nodeFields.indexOf('name');
  const sizeAt = nodeFields.indexOf('self_size');
  const countAt = nodeFields.indexOf('edge_count');
  const n = s.nodes.length / nf;
  const type = (i: number) => nodeTypes[0][s.nodes[i * nf + typeAt]!] ?? '';
  const name = (i: number) => s.strings[s.nodes[i * nf + nameAt]!] ?? '';
  const size = (i: number) => s.nodes[i * nf + sizeAt]!;
  const firstEdge = new Uint32Array(n + 1);
  for (let i = 0, e = 0; i < n; i++) {
    firstEdge[i] = e;
    e += s.nodes[i * nf + countAt]! * ef;
    firstEdge[i + 1] = e;
  }
  const edgeName = (e: number) => {
    const t = edgeTypes[0][s.edges[e]!];
    return t === 'element' || t === 'hidden' ? '' : (s.strings[s.edges[e + 1]!] ?? '');
  };
  const edgeTo = (i: number, want: string) => {
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += ef) if (edgeName(e) === want) return s.edges[e + 2]! / nf;
    return -1;
  };
  // Retainers (strong edges only), to walk from a piece of code up to its function.
  const weak = edgeTypes[0].indexOf('weak');
  const retainerCount = new Uint32Array(n + 1);
  for (let e = 0; e < s.edges.length; e += ef) if (s.edges[e] !== weak) retainerCount[s.edges[e + 2]! / nf + 1]!++;
  for (let i = 0; i < n; i++) retainerCount[i + 1]! += retainerCount[i]!;
  const retainers = new Uint32Array(retainerCount[n]!);
  const fill = retainerCount.slice(0, n);
  for (let i = 0; i < n; i++) for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += ef) if (s.edges[e] !== weak) retainers[fill[s.edges[e + 2]! / nf]!++] = i;

  const isApp = (sfi: number) => {
    const script = edgeTo(sfi, 'script');
    const url = script >= 0 ? edgeTo(script, 'name') : -1;
    return url >= 0 && name(url).startsWith(origin);
  };
  const ownerFunction = (start: number): number => {
    const seen = new Set([start]);
    let frontier = [start];
    for (let depth = 0; depth < MAX_DEPTH && frontier.length; depth++) {
      const next: number[] = [];
      for (const x of frontier) {
        for (let k = retainerCount[x]!; k < retainerCount[x + 1]!; k++) {
          const r = retainers[k]!;
          if (seen.has(r)) continue;
          seen.add(r);
          if (name(r).startsWith('system / SharedFunctionInfo')) return r;
          if (type(r) === 'closure') {
            const shared = edgeTo(r, 'shared');
            if (shared >= 0) return shared;
          }
          next.push(r);
        }
      }
      frontier = next;
    }
    return -1;
  };

  const out: HeapSplit = { values: 0, appCode: 0, otherCode: 0 };
  for (let i = 0; i < n; i++) {
    const t = type(i);
    if (VALUE_TYPES.has(t)) out.values += size(i);
    else if (t === 'code' && size(i) > 0) {
      const owner = name(i).startsWith('system / SharedFunctionInfo') ? i : ownerFunction(i);
      if (owner >= 0 && isApp(owner)) out.appCode += size(i);
      else out.otherCode += size(i);
    }
  }
  return out;
}
