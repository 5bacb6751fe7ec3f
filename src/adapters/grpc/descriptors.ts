// Descriptor plumbing for server reflection, on protobufjs's own descriptor.proto codec (no
// hand-written wire format): a FileDescriptorSet split into its files, and json_name filled in.
import descriptor from 'protobufjs/ext/descriptor/index.js';

interface FieldDescriptor {
  name?: string;
  jsonName?: string;
}
interface MessageDescriptor {
  field?: FieldDescriptor[];
  nestedType?: MessageDescriptor[];
}
interface FileDescriptor {
  messageType?: MessageDescriptor[];
}
interface Codec<T> {
  decode(buf: Uint8Array): T;
  encode(message: T): { finish(): Uint8Array };
}

const { FileDescriptorSet, FileDescriptorProto } = descriptor as unknown as {
  FileDescriptorSet: Codec<{ file: FileDescriptor[] }>;
  FileDescriptorProto: Codec<FileDescriptor>;
};

const encodeFile = (file: FileDescriptor) => Buffer.from(FileDescriptorProto.encode(file).finish());

/** The FileDescriptorProto messages of a FileDescriptorSet, each encoded on its own. */
export function splitDescriptorSet(set: Buffer): Buffer[] {
  return FileDescriptorSet.decode(set).file.map(encodeFile);
}

/**
 * proto-loader rebuilds descriptors without `json_name`, so reflection clients (buf curl,
 * grpcurl) would print protojson's camelCase names. This sets json_name to the field's own
 * (snake_case) name, as in the REST and SSE JSON, wherever it is missing.
 */
export function withJsonNames(fileDescriptorProto: Buffer): Buffer {
  const file = FileDescriptorProto.decode(fileDescriptorProto);
  const pending = [...(file.messageType ?? [])];
  for (let m = pending.pop(); m; m = pending.pop()) {
    for (const f of m.field ?? []) if (!f.jsonName && f.name) f.jsonName = f.name;
    pending.push(...(m.nestedType ?? []));
  }
  return encodeFile(file);
}
