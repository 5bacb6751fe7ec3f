// Every difference between neighbouring vendored documents (v0.0.42→43, 43→44, 44→45) for the nine
// gateway operations, with how the translation handles it. A test computes the differences
// (spec-diff.ts) and fails unless this list names exactly those, and unless every difference of
// a non-neighbouring pair is one of these: a new vendored document cannot bring a difference
// nobody looked at. Differences the documents do not show at all are rules too (rules.ts).
import type { DifferenceKind } from './spec-diff.ts';

/** A field of one version only, in a reply: the converter walks the target's schema. */
const FIELD = 'generic: a reply rendered for the version without it leaves it out (a warning names it when it had a value); one rendered for the version with it from the other shows it empty (a warning names it)';
/** A flag value one version's enum lacks, in a reply. */
const FLAG = 'generic: left out of the flag array in the version without it (a warning names it)';
/** A request field or flag value the cluster's version does not have. */
const REQUEST = 'generic: not sent to a cluster spoken to in the version without it (a warning names it)';

export type Neighbours = '42-43' | '43-44' | '44-45';
export type HandledDifference = [pair: Neighbours, direction: 'response' | 'request', where: string, kind: DifferenceKind, detail: string, handling: string];

export const HANDLED_DIFFERENCES: readonly HandledDifference[] = [
  ['42-43', 'response', 'partition_info', 'field only in newer', 'topology', FIELD],
  ['42-43', 'response', 'job_info', 'field only in newer', 'licenses_allocated', FIELD],
  ['42-43', 'response', 'job_info', 'field only in newer', 'segment_size', FIELD],
  ['42-43', 'response', 'job_info', 'field only in newer', 'stdin_expanded', 'rule streams: v0.0.42 shows the expanded path in standard_input (and back)'],
  ['42-43', 'response', 'job_info', 'field only in newer', 'stdout_expanded', 'rule streams: v0.0.42 shows the expanded path in standard_output (and back)'],
  ['42-43', 'response', 'job_info', 'field only in newer', 'stderr_expanded', 'rule streams: v0.0.42 shows the expanded path in standard_error (and back)'],
  ['42-43', 'response', 'job_info/flags[]', 'enum values only in newer', 'EXTERNAL_JOB', FLAG],
  ['42-43', 'response', 'node', 'field only in newer', 'tls_cert_last_renewal', FIELD],
  ['42-43', 'response', 'node', 'field only in newer', 'cert_flags', FIELD],
  ['42-43', 'response', 'node', 'field only in newer', 'topology', FIELD],
  ['42-43', 'request', 'job_desc_msg/flags[]', 'enum values only in newer', 'EXTERNAL_JOB', REQUEST],
  ['43-44', 'response', 'job_info', 'field only in newer', 'step_id', FIELD],
  ['43-44', 'response', 'job_info', 'field only in newer', 'submit_line', FIELD],
  ['43-44', 'response', 'job_info/flags[]', 'enum values only in newer', 'SPREAD_SEGMENTS, CONSOLIDATE_SEGMENTS, EXPEDITED_REQUEUE', FLAG],
  ['43-44', 'response', 'job_info/job_state[]', 'enum values only in newer', 'EXPEDITING', FLAG],
  ['43-44', 'response', 'node/next_state_after_reboot[]', 'enum values only in newer', 'EXTERNAL, BLOCKED', FLAG],
  ['43-44', 'response', 'node/state[]', 'enum values only in newer', 'EXTERNAL, BLOCKED', FLAG],
  ['43-44', 'response', 'reservation_info/flags[]', 'enum values only in newer', 'NO_ANY_NODES, REPLACE_DOWN, NO_MAGNETIC, FORCE_START, TRES_PER_NODE', FLAG],
  ['43-44', 'request', 'job_desc_msg', 'field only in newer', 'step_id', REQUEST],
  ['43-44', 'request', 'job_desc_msg/flags[]', 'enum values only in newer', 'SPREAD_SEGMENTS, CONSOLIDATE_SEGMENTS, EXPEDITED_REQUEUE', REQUEST],
  ['43-44', 'request', 'job_desc_msg/memory_binding_type[]', 'enum values only in older', 'SORT', REQUEST],
  ['44-45', 'response', 'controller_ping', 'field only in newer', 'status', 'rule ping: "No error" when the controller answered'],
  ['44-45', 'response', 'controller_ping', 'field only in older', 'pinged', 'rule ping: "UP"/"DOWN" from responding'],
  ['44-45', 'response', 'controller_ping', 'field only in older', 'mode', 'rule ping: "primary"/"backup" from primary'],
  ['44-45', 'response', 'partition_info', 'field only in newer', 'flags', FIELD],
  ['44-45', 'response', 'partition_info', 'field only in newer', 'preempt_mode', FIELD],
  ['44-45', 'response', 'partition_info/select_type[]', 'enum values only in newer', 'NONE, CR_CPU_MEMORY, CR_CPU, CR_CORE_MEMORY, CR_CORE, CR_SOCKET_MEMORY, CR_SOCKET, CR_MEMORY, CR_ONE_TASK_PER_CORE, CR_CORE_DEFAULT_DIST_BLOCK, CR_NO_DIST_TOPO_BLOCK, CR_LLN, CR_PACK_NODES, LL_SHARED_GRES, MULTIPLE_SHARING_GRES_PJ, ENFORCE_BINDING_GRES, ONE_TASK_PER_SHARING_GRES', 'rule select_type: CR_TYPE names ↔ SELECT_TYPE_PARAM names'],
  ['44-45', 'response', 'partition_info/select_type[]', 'enum values only in older', 'CPU, SOCKET, CORE, BOARD, MEMORY, ONE_TASK_PER_CORE, PACK_NODES, CORE_DEFAULT_DIST_BLOCK, LLN, LINEAR', 'rule select_type: CR_TYPE names ↔ SELECT_TYPE_PARAM names'],
  ['44-45', 'response', 'partition_info/cpus/task_binding', 'type', '"integer" → "array"', 'rule task_binding: CpuBind bit mask ↔ its flags'],
  ['44-45', 'response', 'partition_info/cpus/task_binding', 'format', 'int32 → undefined', 'rule task_binding: CpuBind bit mask ↔ its flags'],
  ['44-45', 'response', 'partition_info/cpus/task_binding[]', 'shape', 'newer only', 'rule task_binding: CpuBind bit mask ↔ its flags'],
  ['44-45', 'response', 'partition_info/partition', 'field only in newer', 'exclusive', 'rule sharing: from maximums/oversubscribe (USER, TOPO not shown by older versions)'],
  ['44-45', 'response', 'partition_info/partition', 'field only in newer', 'oversubscribe', 'rule sharing: from maximums/oversubscribe'],
  ['44-45', 'response', 'job_info', 'field only in newer', 'container_type', FIELD],
  ['44-45', 'response', 'job_info', 'field only in newer', 'memory_update_delay', FIELD],
  ['44-45', 'response', 'job_info', 'field only in newer', 'memory_update_margin', FIELD],
  ['44-45', 'response', 'job_info', 'field only in older', 'power', FIELD],
  ['44-45', 'response', 'job_info/flags[]', 'enum values only in newer', 'JOB_IMPLICIT_MAX_NODES', FLAG],
  ['44-45', 'response', 'job_res/select_type[]', 'enum values only in newer', 'NONE, CR_CPU_MEMORY, CR_CPU, CR_CORE_MEMORY, CR_CORE, CR_SOCKET_MEMORY, CR_SOCKET, CR_MEMORY, CR_ONE_TASK_PER_CORE, CR_CORE_DEFAULT_DIST_BLOCK, CR_NO_DIST_TOPO_BLOCK, CR_LLN, CR_PACK_NODES, LL_SHARED_GRES, MULTIPLE_SHARING_GRES_PJ, ENFORCE_BINDING_GRES, ONE_TASK_PER_SHARING_GRES', 'rule select_type: CR_TYPE names ↔ SELECT_TYPE_PARAM names'],
  ['44-45', 'response', 'job_res/select_type[]', 'enum values only in older', 'CPU, SOCKET, CORE, BOARD, MEMORY, ONE_TASK_PER_CORE, PACK_NODES, CORE_DEFAULT_DIST_BLOCK, LLN, LINEAR', 'rule select_type: CR_TYPE names ↔ SELECT_TYPE_PARAM names'],
  ['44-45', 'response', 'node', 'field only in newer', 'suspend_time', FIELD],
  ['44-45', 'response', 'node', 'field only in older', 'external_sensors', FIELD],
  ['44-45', 'response', 'node', 'field only in older', 'power', FIELD],
  ['44-45', 'response', 'node', 'field only in older', 'tres_weighted', FIELD],
  ['44-45', 'response', 'node/next_state_after_reboot[]', 'enum values only in newer', 'POWER_DOWN_ASAP, POWER_DOWN_FORCE', FLAG],
  ['44-45', 'response', 'node/state[]', 'enum values only in newer', 'POWER_DOWN_ASAP, POWER_DOWN_FORCE', FLAG],
  ['44-45', 'response', 'reservation_info', 'field only in older', 'watts', FIELD],
  ['44-45', 'response', 'stats_msg', 'field only in older', 'parts_packed', FIELD],
  ['44-45', 'request', 'job_desc_msg', 'field only in newer', 'container_type', REQUEST],
  ['44-45', 'request', 'job_desc_msg', 'field only in newer', 'memory_update_margin', REQUEST],
  ['44-45', 'request', 'job_desc_msg', 'field only in newer', 'memory_update_delay', REQUEST],
  ['44-45', 'request', 'job_desc_msg', 'field only in newer', 'cores_per_socket', REQUEST],
  ['44-45', 'request', 'job_desc_msg', 'field only in older', 'power_flags', REQUEST],
  ['44-45', 'request', 'job_desc_msg/flags[]', 'enum values only in newer', 'JOB_IMPLICIT_MAX_NODES', REQUEST],
  ['44-45', 'request', 'job_desc_msg/cpu_binding_flags[]', 'enum values only in older', 'CPU_BIND_RANK', REQUEST],
];
