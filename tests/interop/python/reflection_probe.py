#!/usr/bin/python3
"""Asks a server's reflection service (grpc.reflection v1 and v1alpha) what it serves, with grpcio.

Usage: reflection_probe.py --server_host H --server_port P [--versions v1,v1alpha]
For each version: list_services, then file_containing_symbol for every service listed. Prints one
JSON object on stdout:
  {"v1": {"services": [...], "files": {"<service>": ["<file>", ...]}, "defined_in": {"<service>": "<file>"}}, ...}
Exits 1 with a message on stderr when a call fails or an answer is malformed.
"""

import argparse
import json
import sys

import grpc
from google.protobuf import descriptor_pb2

import peer_protos

TIMEOUT = 30


class ProbeFailed(Exception):
    pass


def probe(channel, version):
    pb = peer_protos.generate(f"grpc/reflection/{version}/reflection.proto")
    info = channel.stream_stream(
        f"/grpc.reflection.{version}.ServerReflection/ServerReflectionInfo",
        pb.ServerReflectionRequest.SerializeToString,
        pb.ServerReflectionResponse.FromString)

    def ask(request):
        # One stream per question keeps answers paired with questions without relying on order.
        responses = list(info(iter([request]), timeout=TIMEOUT))
        if len(responses) != 1:
            raise ProbeFailed(f"{version}: {len(responses)} responses to one request")
        response = responses[0]
        if response.HasField("error_response"):
            raise ProbeFailed(f"{version}: error {response.error_response.error_code}: {response.error_response.error_message}")
        return response

    listed = ask(pb.ServerReflectionRequest(list_services="*"))
    if not listed.HasField("list_services_response"):
        raise ProbeFailed(f"{version}: list_services answered with {listed.WhichOneof('message_response')}")
    services = [s.name for s in listed.list_services_response.service]

    files = {}
    defined_in = {}
    for service in services:
        answer = ask(pb.ServerReflectionRequest(file_containing_symbol=service))
        if not answer.HasField("file_descriptor_response"):
            raise ProbeFailed(f"{version}: file_containing_symbol({service}) answered with {answer.WhichOneof('message_response')}")
        names = []
        for raw in answer.file_descriptor_response.file_descriptor_proto:
            fd = descriptor_pb2.FileDescriptorProto.FromString(raw)
            names.append(fd.name)
            for s in fd.service:
                full = f"{fd.package}.{s.name}" if fd.package else s.name
                if full == service:
                    defined_in[service] = fd.name
        if service not in defined_in:
            raise ProbeFailed(f"{version}: no file returned for {service} defines it (got {names})")
        files[service] = names
    return {"services": services, "files": files, "defined_in": defined_in}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server_host", default="127.0.0.1")
    parser.add_argument("--server_port", type=int, required=True)
    parser.add_argument("--versions", default="v1,v1alpha")
    args = parser.parse_args()

    result = {}
    with grpc.insecure_channel(f"{args.server_host}:{args.server_port}") as channel:
        for version in args.versions.split(","):
            try:
                result[version] = probe(channel, version)
            except ProbeFailed as failure:
                print(f"FAIL reflection {failure}", file=sys.stderr)
                return 1
            except grpc.RpcError as error:
                print(f"FAIL reflection {version}: status {error.code()}: {error.details()!r}", file=sys.stderr)
                return 1
    print(json.dumps(result, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
