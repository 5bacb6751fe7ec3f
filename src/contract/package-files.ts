// Where the files the code reads at run time live, and the one module that knows it. The same
// modules run as TypeScript from src/ (the tests, through tsx) and compiled from dist/ (bin/s3m,
// `npm start`, the SDK; see tsconfig.build.json). Both trees sit one level below the package root
// (src/contract/ and dist/contract/ alike), so every path starts from the package root, and data
// files (specs, protos, migrations, the launcher script) are read from src/, where they are kept:
// the build copies nothing, so a compiled module can never read a stale copy of one.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder (the one with package.json). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A file of the package, by its path from the root (e.g. 'config/demo.yaml'). */
export const packageFile = (...path: string[]): string => join(PACKAGE_ROOT, ...path);

/** A data file kept beside the code, by its path under src/ (e.g. 'grpc/proto'). */
export const sourceFile = (...path: string[]): string => join(PACKAGE_ROOT, 'src', ...path);
