/** Messages between the benchmark driver and its server processes. */
export interface BenchSession {
  id: string;
  code: string;
  /** The teacher's login cookie (empty for the bare room). */
  cookie: string;
}

export type BenchRequest =
  { type: 'setup'; sessions: number } | { type: 'memory' } | { type: 'cpu' } | { type: 'count'; sessionIds: string[] } | { type: 'stop' };

export type BenchReply =
  | { type: 'listening'; port: number }
  | { type: 'setup'; sessions: BenchSession[] }
  | { type: 'memory'; rss: number }
  | { type: 'cpu'; ms: number }
  | { type: 'count'; answers: number };
