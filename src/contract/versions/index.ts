// Serving every API version from a backend that speaks one: pure conversions at the edge.
//
//   translateReply(op, status, body, from, to)   a reply of version `from` as version `to` renders it
//   translateSubmit(body, from, to)              a job submit request of `from` as `to` takes it
//   translateJobInfo(job, from, to)              one stored job record
//   replyWarnings / requestWarnings              what the client is told about what did not carry over
//
// How: both directions walk the TARGET version's schema in the vendored specs and take each field
// from the source body (convert.ts), so no field is retyped here. What differs falls out of the
// schemas (handled.ts lists every difference between neighbouring versions with its handling, and
// a test keeps that list equal to spec-diff.ts's computation); what the schemas cannot say is a
// rule per component (rules.ts, partition-rules.ts), found in real slurmrestd bodies of the same
// objects in each version.
//
// Nothing is dropped silently: a reply field the client's version has no place for, or a client
// version's field the cluster's version lacks (shown empty), or a request field the cluster's
// version cannot take, is named in a warning (translate.ts).
//
// Key order: slurmrestd renders fields in its parser's order, which is the order of the document
// it generates; replies are therefore built in the target schema's order. Requests keep the
// client's order and every field neither version knows, so that the backend warns about them as
// slurmrestd does ("Ignoring unknown field ...").
export { translateReply, translateSubmit, translateJobInfo, replyWarnings, requestWarnings, replyPlan, requestPlan, WARNING_SOURCE } from './translate.ts';
export { specDifferences, type SpecDifference, type DifferenceKind } from './spec-diff.ts';
export { HANDLED_DIFFERENCES } from './handled.ts';
export { compileConverter, newNotes, type ConversionPlan, type ComponentRule, type Converter, type Notes } from './convert.ts';
