// The shape of a benchmark section (see run.ts).
export interface BenchSection {
  /** The name selected on the command line. */
  name: string;
  /** One line for --list. */
  description: string;
  /** Print figures; print a skip message and return when a requirement cannot run here. */
  run(): Promise<void>;
}
