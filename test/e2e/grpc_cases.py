#!/usr/bin/env python3
"""Test helper: runs gRPC calls described as JSON on stdin with protoc-generated stubs and prints,
as JSON, each call's code, message, response and the SLURM reply in grpc-status-details-bin.

stdin: {"target": "host:port", "calls": [{"rpc": "GetJob", "package": "slurm.v0043",
        "metadata": [["authorization", "..."]], "request": {"job_id": "7"}}]}
"package" names the API version's service (slurm.v0043.SlurmIndirect, slurm.v0045...; default
slurm.v0043). The request JSON is parsed into the method's own request message (JobIdReq,
DeleteJobReq, JobSubmitReq with its nested JobDescription, google.protobuf.Empty).
"""
import importlib
import json
import sys

import grpc
from google.protobuf import json_format, symbol_database

from google.rpc import status_pb2

spec = json.load(sys.stdin)
channel = grpc.insecure_channel(spec["target"])
db = symbol_database.Default()
services = {}


def service_of(package):
    """The stub and service descriptor of a version's SlurmIndirect (its modules imported once)."""
    if package not in services:
        pb2 = importlib.import_module(f"{package}.slurm_pb2")
        pb2_grpc = importlib.import_module(f"{package}.slurm_pb2_grpc")
        services[package] = (pb2_grpc.SlurmIndirectStub(channel), pb2.DESCRIPTOR.services_by_name["SlurmIndirect"])
    return services[package]

as_dict = lambda m: json_format.MessageToDict(m, preserving_proto_field_name=True)

out = []
for call in spec["calls"]:
    stub, service = service_of(call.get("package", "slurm.v0043"))
    method = service.methods_by_name[call["rpc"]]
    request = db.GetSymbol(method.input_type.full_name)()
    json_format.ParseDict(call.get("request", {}), request)
    result = {"rpc": call["rpc"], "service": service.full_name, "request_type": method.input_type.full_name}
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
