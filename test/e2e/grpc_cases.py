#!/usr/bin/env python3
"""Test helper: runs gRPC calls described as JSON on stdin with protoc-generated stubs and prints,
as JSON, each call's code, message, response and the SLURM reply in grpc-status-details-bin.

stdin: {"target": "host:port", "calls": [{"rpc": "GetJob", "metadata": [["authorization", "..."]],
        "request": {"job_id": "7"}}]}
The request JSON is parsed into the method's own request message (JobIdReq, DeleteJobReq,
JobSubmitReq with its nested JobDescription, google.protobuf.Empty).
"""
import json
import sys

import grpc
from google.protobuf import json_format, symbol_database

from google.rpc import status_pb2
from slurm.v0043 import slurm_pb2, slurm_pb2_grpc

spec = json.load(sys.stdin)
stub = slurm_pb2_grpc.SlurmIndirectStub(grpc.insecure_channel(spec["target"]))
service = slurm_pb2.DESCRIPTOR.services_by_name["SlurmIndirect"]
db = symbol_database.Default()
as_dict = lambda m: json_format.MessageToDict(m, preserving_proto_field_name=True)

out = []
for call in spec["calls"]:
    method = service.methods_by_name[call["rpc"]]
    request = db.GetSymbol(method.input_type.full_name)()
    json_format.ParseDict(call.get("request", {}), request)
    result = {"rpc": call["rpc"], "request_type": method.input_type.full_name}
    try:
        response, rpc = getattr(stub, call["rpc"]).with_call(request, metadata=[tuple(m) for m in call.get("metadata", [])], timeout=30)
        result.update(code="OK", response=as_dict(response), initial_metadata=dict(rpc.initial_metadata()))
    except grpc.RpcError as err:
        result.update(code=err.code().name, message=err.details())
        for key, value in err.trailing_metadata() or ():
            if key == "grpc-status-details-bin":
                status = status_pb2.Status.FromString(value)
                detail = status.details[0]
                reply = db.GetSymbol(detail.TypeName())()
                detail.Unpack(reply)
                result.update(status_code=status.code, detail_type=detail.TypeName(), slurm=as_dict(reply))
    out.append(result)
print(json.dumps(out))
