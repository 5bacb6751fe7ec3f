// Where a token comes from. Never from a command-line argument: arguments show in `ps` and in
// shell history. Order: an explicit header file, then $S3M_TOKEN, then ./.env when present.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenError } from './errors.ts';

export interface TokenSource {
  /** The Authorization header value as found ("<token>" or "Bearer <token>"). */
  authorization: string;
  /** "S3M_TOKEN" or the file, for messages (never the token). */
  source: string;
}

/** Reads a curl header file (`curl -H @file`): its `Authorization: ...` line. */
export function readTokenFile(file: string): TokenSource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new TokenError(`cannot read token file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*authorization\s*:\s*(.*?)\s*$/i.exec(line);
    if (m && m[1] !== '') return { authorization: m[1], source: file };
  }
  // Do not quote the file: it may hold a secret in another form.
  throw new TokenError(`token file ${file} has no "Authorization: <token>" line (the header form that curl -H @${file} reads)`);
}

export function resolveToken(opts: { tokenFile?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): TokenSource {
  const env = opts.env ?? process.env;
  if (opts.tokenFile) return readTokenFile(opts.tokenFile);
  const fromEnv = env.S3M_TOKEN?.trim();
  if (fromEnv) return { authorization: fromEnv.replace(/^authorization\s*:\s*/i, ''), source: 'S3M_TOKEN' };
  const dotenv = join(opts.cwd ?? process.cwd(), '.env');
  try {
    readFileSync(dotenv);
  } catch {
    throw new TokenError('no token: set S3M_TOKEN, or put the line "Authorization: <token>" in ./.env or in a file named with --token-file');
  }
  return readTokenFile(dotenv);
}
