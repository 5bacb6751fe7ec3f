// sbatch's own checks of a batch script before it sends anything (sbatch.c _get_script_buffer):
// slurmrestd does not make them (a script without "#!" is accepted there and fails when the job
// starts), so `s3m submit`, the gateway's sbatch, makes them as sbatch does, with its words.

/** sbatch's complaint about `script`, or undefined when sbatch would send it. */
export function batchScriptProblem(script: string): string | undefined {
  if (script.length === 0) return 'Batch script is empty!';
  if (script.trim() === '') return 'Batch script contains only whitespace!';
  if (!script.startsWith('#!')) return 'This does not look like a batch script. The first line must start with #! followed by the path to an interpreter. For instance: #!/bin/sh';
  if (script.includes('\0')) return "The Slurm controller does not allow scripts that contain a NULL character '\\0'.";
  if (script.includes('\r\n')) return 'Batch script contains DOS line breaks (\\r\\n) instead of expected UNIX line breaks (\\n).';
  return undefined;
}
