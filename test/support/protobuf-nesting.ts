// A protobuf message nested `depth` groups deep: field 99, unknown to every request message, as
// start-group / end-group tags (wire types 3 and 4). Groups are protobuf's only way to nest
// without a recursive message type. Written with protobufjs's own Writer.
import protobuf from 'protobufjs';

export function nestedGroups(depth: number): Buffer {
  const w = protobuf.Writer.create();
  for (let i = 0; i < depth; i++) w.uint32((99 << 3) | 3);
  for (let i = 0; i < depth; i++) w.uint32((99 << 3) | 4);
  return Buffer.from(w.finish());
}
