/**
 * A long computation cut into steps: each `yield` marks a point where the caller may let other work run (a
 * running bot answers interactions there) before asking for the next step. The computation stays pure; whoever
 * drives it decides what happens between steps.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once, for callers with nothing to let in (tests, tools, small catalogs). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps with `pause()` awaited between two of them. */
export async function driveSteps<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/**
 * Calls `each` on every item, yielding after every `size` of them: a loop over a list of any length becomes
 * steps of bounded work.
 */
export function* eachInSlices<T>(items: readonly T[], size: number, each: (item: T, i: number) => void): Steps<void> {
  for (let i = 0; i < items.length; i++) {
    each(items[i]!, i);
    if (i % size === size - 1 && i < items.length - 1) yield;
  }
}
