// Serving the deprecated v0.0.42 API from v0.0.43 backends: pure conversions at the edge.
//
//   toV0042(op, status, body)      v0.0.43 reply body → v0.0.42 reply body (nine operations, errors included)
//   submitRequestToV0043(body)     v0.0.42 POST job/submit body → v0.0.43 body
//
// How: both directions walk the TARGET version's schema in the vendored specs and take each field
// from the source body (convert.ts), so no field is retyped here. What differs falls out of the
// schemas; what the schemas cannot say is a rule per component (rules.ts).
//
// Differences between the two documents for ping, partitions, nodes, reservations, diag, jobs,
// job, submit and cancel (computed by spec-diff.ts; a test keeps this list equal to it):
//
//   where (component)        difference                                   handling
//   partition_info           topology: v0.0.43 only                       dropped (not in the v0.0.42 schema)
//   node                     tls_cert_last_renewal, cert_flags,           dropped
//                            topology: v0.0.43 only
//   job_info                 licenses_allocated, segment_size: v0.0.43    dropped
//   job_info                 stdin_/stdout_/stderr_expanded: v0.0.43      dropped, after feeding standard_* (rule below)
//   job_info/flags[]         EXTERNAL_JOB: v0.0.43 only                   left out of the array (v0.0.42 has no such flag)
//   job_desc_msg/flags[]     EXTERNAL_JOB: v0.0.43 only (request)         nothing to do: v0.0.42 values are a subset
//
// Everything else matches: same components, same required lists (including the "a/b" entries),
// same types and formats; v0.0.42 names some enums as components (job_state, node_states...)
// where v0.0.43 inlines them, with identical values. Only descriptions changed.
//
// Differences the documents do not show (found in real 26.05.5 bodies of both versions):
//   meta.plugin.data_parser   "data_parser/v0.0.43" → "data_parser/v0.0.42"   rule openapi_meta
//   job_info standard_*       v0.0.43: as submitted ("slurm-%j.out", "");    rule job_info: standard_* take
//                             v0.0.42: expanded ("/tmp/slurm-1.out") and      the *_expanded value (else the
//                             stdin of a batch job "/dev/null"               raw one), stdin "" → "/dev/null"
//
// Key order: slurmrestd renders fields in its parser's order, which is the order of the document
// it generates; responses are therefore built in v0.0.42 schema order (byte-identical key order
// to a real v0.0.42 body). Requests keep the client's order and every unknown field, so that the
// backend warns about them as slurmrestd does ("Ignoring unknown field ...").
export { toV0042, RESPONSE_PLAN } from './response.ts';
export { submitRequestToV0043, REQUEST_PLAN } from './request.ts';
export { DATA_PARSER_V0042 } from './rules.ts';
export { specDifferences, type SpecDifference, type DifferenceKind } from './spec-diff.ts';
export { compileConverter, type ConversionPlan, type ComponentRule, type Converter } from './convert.ts';

/** How each spec difference is handled; kept equal to specDifferences() by a test. */
export const HANDLED_DIFFERENCES: ReadonlyArray<{ direction: 'response' | 'request'; where: string; detail: string; handling: string }> = [
  { direction: 'response', where: 'partition_info', detail: 'topology', handling: 'dropped' },
  { direction: 'response', where: 'node', detail: 'tls_cert_last_renewal', handling: 'dropped' },
  { direction: 'response', where: 'node', detail: 'cert_flags', handling: 'dropped' },
  { direction: 'response', where: 'node', detail: 'topology', handling: 'dropped' },
  { direction: 'response', where: 'job_info', detail: 'licenses_allocated', handling: 'dropped' },
  { direction: 'response', where: 'job_info', detail: 'segment_size', handling: 'dropped' },
  { direction: 'response', where: 'job_info', detail: 'stdin_expanded', handling: 'dropped; its value becomes standard_input' },
  { direction: 'response', where: 'job_info', detail: 'stdout_expanded', handling: 'dropped; its value becomes standard_output' },
  { direction: 'response', where: 'job_info', detail: 'stderr_expanded', handling: 'dropped; its value becomes standard_error' },
  { direction: 'response', where: 'job_info/flags[]', detail: 'EXTERNAL_JOB', handling: 'left out of the flag array' },
  { direction: 'request', where: 'job_desc_msg/flags[]', detail: 'EXTERNAL_JOB', handling: 'none: v0.0.42 flags are a subset of v0.0.43' },
];
