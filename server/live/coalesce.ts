/**
 * Gathers calls by key for `delayMs` and then runs `flush` once per key with everything gathered,
 * so a burst of joins or answers costs a few messages a second, not one per event.
 */
export function createCoalescer<Member>(
  delayMs: number,
  flush: (key: string, members: ReadonlySet<Member>) => Promise<void>,
  onError: (error: unknown) => void,
) {
  const pending = new Map<string, { members: Set<Member>; timer: ReturnType<typeof setTimeout> }>();
  return {
    /** Schedules a flush of `key` (unless one is pending) and adds `member` to it. */
    add(key: string, member?: Member): void {
      const entry = pending.get(key);
      if (entry) {
        if (member !== undefined) entry.members.add(member);
        return;
      }
      const members = new Set<Member>(member === undefined ? [] : [member]);
      const timer = setTimeout(() => {
        pending.delete(key);
        flush(key, members).catch(onError);
      }, delayMs);
      pending.set(key, { members, timer });
    },
    close(): void {
      for (const { timer } of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
