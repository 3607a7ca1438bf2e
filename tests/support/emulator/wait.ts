/** Re-checks predicates whenever the emulator records something (and every 25 ms, for state outside it). */
export function createWaiter() {
  const checks = new Set<() => void>();
  return {
    notify(): void {
      for (const check of [...checks]) check();
    },
    waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 5_000, what = 'condition'): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const finish = () => {
          clearTimeout(timer);
          clearInterval(poll);
          checks.delete(check);
        };
        const check = () => {
          try {
            const value = predicate();
            if (value === undefined || value === null || value === false) return;
            finish();
            resolve(value);
          } catch (error) {
            finish();
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`waitFor timed out after ${timeoutMs} ms: ${what}`));
        }, timeoutMs);
        const poll = setInterval(check, 25);
        checks.add(check);
        check();
      });
    },
  };
}
