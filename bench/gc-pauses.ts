import { PerformanceObserver } from 'node:perf_hooks';

/** A timed call: when it started and how long it took, on performance.now()'s clock. */
export interface Span {
  start: number;
  ms: number;
}

/**
 * Records the collector's pauses, so a slow call can be told apart from a call that merely waited for the
 * collector: V8 stops JavaScript for scavenges and the final steps of full collections.
 */
export function recordGcPauses() {
  const pauses: Span[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, ms: entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    /** The calls that overlapped at least one pause. */
    overlapping(calls: readonly Span[]): Set<Span> {
      const sorted = [...pauses].sort((a, b) => a.start - b.start);
      const hit = new Set<Span>();
      for (const call of calls) {
        const end = call.start + call.ms;
        if (sorted.some((pause) => pause.start < end && pause.start + pause.ms > call.start)) hit.add(call);
      }
      return hit;
    },
    stop: () => observer.disconnect(),
  };
}
