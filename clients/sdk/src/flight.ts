/** Single-flight: while one run is in progress, every caller shares its promise. */
export function singleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  const done = () => {
    current = null;
  };
  return () => {
    if (!current) {
      current = run();
      current.then(done, done);
    }
    return current;
  };
}
