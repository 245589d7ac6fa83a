"""The protobuf modules the python peer needs, generated at run time, and google.rpc's error types.

Debian ships the reflection and health protos (package grpc-proto) and protoc, but no grpc_tools,
so their *_pb2 modules are generated into a temporary folder on each start and loaded by file path
under private names (their natural package name, "grpc", is grpcio's own). Debian has no
google/rpc protos: the few error-detail messages the peer decodes are described here, field by
field as google/rpc/status.proto and error_details.proto define them.
"""

import atexit
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

PROTO_ROOT = "/usr/share/grpc-proto"


class ProtoSetupError(RuntimeError):
    pass


def generate(relative_path):
    """Runs protoc on one Debian proto and imports the module it writes."""
    if shutil.which("protoc") is None:
        raise ProtoSetupError("protoc not found; install it with: apt-get install -y protobuf-compiler")
    if not os.path.isfile(os.path.join(PROTO_ROOT, relative_path)):
        raise ProtoSetupError(f"{PROTO_ROOT}/{relative_path} not found; install it with: apt-get install -y grpc-proto")
    out = tempfile.mkdtemp(prefix="cchc-peer-pb2-")
    atexit.register(shutil.rmtree, out, True)
    done = subprocess.run(["protoc", f"-I{PROTO_ROOT}", f"--python_out={out}", relative_path], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ProtoSetupError(f"protoc failed on {relative_path}: {done.stderr.strip()}")
    generated = os.path.join(out, relative_path[:-len(".proto")] + "_pb2.py")
    name = "_cchc_" + relative_path[:-len(".proto")].replace("/", "_") + "_pb2"
    spec = importlib.util.spec_from_file_location(name, generated)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _field(message, name, number, kind, label=descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL, type_name=None):
    field = message.field.add(name=name, number=number, type=kind, label=label)
    if type_name:
        field.type_name = type_name


def google_rpc():
    """Status, ErrorInfo, LocalizedMessage and PreconditionFailure classes in a pool of their own."""
    F = descriptor_pb2.FieldDescriptorProto
    file = descriptor_pb2.FileDescriptorProto(name="peer/google_rpc.proto", package="google.rpc", syntax="proto3")
    file.dependency.append("google/protobuf/any.proto")
    status = file.message_type.add(name="Status")
    _field(status, "code", 1, F.TYPE_INT32)
    _field(status, "message", 2, F.TYPE_STRING)
    _field(status, "details", 3, F.TYPE_MESSAGE, F.LABEL_REPEATED, ".google.protobuf.Any")
    info = file.message_type.add(name="ErrorInfo")
    _field(info, "reason", 1, F.TYPE_STRING)
    _field(info, "domain", 2, F.TYPE_STRING)
    entry = info.nested_type.add(name="MetadataEntry")
    entry.options.map_entry = True
    _field(entry, "key", 1, F.TYPE_STRING)
    _field(entry, "value", 2, F.TYPE_STRING)
    _field(info, "metadata", 3, F.TYPE_MESSAGE, F.LABEL_REPEATED, ".google.rpc.ErrorInfo.MetadataEntry")
    localized = file.message_type.add(name="LocalizedMessage")
    _field(localized, "locale", 1, F.TYPE_STRING)
    _field(localized, "message", 2, F.TYPE_STRING)
    failure = file.message_type.add(name="PreconditionFailure")
    violation = failure.nested_type.add(name="Violation")
    _field(violation, "type", 1, F.TYPE_STRING)
    _field(violation, "subject", 2, F.TYPE_STRING)
    _field(violation, "description", 3, F.TYPE_STRING)
    _field(failure, "violations", 1, F.TYPE_MESSAGE, F.LABEL_REPEATED, ".google.rpc.PreconditionFailure.Violation")

    from google.protobuf import any_pb2
    pool = descriptor_pool.DescriptorPool()
    pool.AddSerializedFile(any_pb2.DESCRIPTOR.serialized_pb)
    pool.Add(file)
    factory = message_factory.MessageFactory(pool)
    return {name: factory.GetPrototype(pool.FindMessageTypeByName(f"google.rpc.{name}"))
            for name in ("Status", "ErrorInfo", "LocalizedMessage", "PreconditionFailure")}
