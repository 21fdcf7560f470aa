/**
 * Files the single binary (dist/hutch) carries inside itself: the plan
 * interpreter and ffi-rs's addon. lib/sea registers where they come from
 * (node:sea assets); anywhere else there are none, and callers read their
 * files from disk as before.
 */
type Source = (name: string) => ArrayBuffer | undefined;

let source: Source | undefined;

export function useEmbeddedFiles(get: Source): void {
  source = get;
}

/** The embedded file `name`, or undefined when not running as the single binary (or it has none). */
export function embeddedFile(name: string): Buffer | undefined {
  const data = source?.(name);
  return data === undefined ? undefined : Buffer.from(data);
}
