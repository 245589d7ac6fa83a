"""Generates and loads the protobuf modules the python peers need, at run time.

Debian ships the grpc.testing and reflection protos (package grpc-proto) and protoc, but no
grpc_tools, so the *_pb2 modules are generated into a temporary folder on each start. They are
loaded by file path under private names: their natural package name, "grpc", is grpcio's own.
"""

import atexit
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

DEBIAN_PROTO_ROOT = "/usr/share/grpc-proto"
# Our own copies of the reflection protos, used when the Debian package lacks one.
REPO_PROTO_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "proto"))


class ProtoSetupError(RuntimeError):
    pass


def _find_root(relative_path):
    for root in (DEBIAN_PROTO_ROOT, REPO_PROTO_ROOT):
        if os.path.isfile(os.path.join(root, relative_path)):
            return root
    raise ProtoSetupError(
        f"{relative_path} not found under {DEBIAN_PROTO_ROOT} or {REPO_PROTO_ROOT}; "
        "install it with: apt-get install -y grpc-proto protobuf-compiler python3-grpcio python3-protobuf")


def _generate(relative_path):
    """Runs protoc on one proto and imports the module it writes."""
    if shutil.which("protoc") is None:
        raise ProtoSetupError("protoc not found; install it with: apt-get install -y protobuf-compiler")
    root = _find_root(relative_path)
    out = tempfile.mkdtemp(prefix="cchc-interop-pb2-")
    atexit.register(shutil.rmtree, out, True)
    done = subprocess.run(
        ["protoc", f"-I{root}", f"--python_out={out}", relative_path],
        capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ProtoSetupError(f"protoc failed on {relative_path}: {done.stderr.strip()}")
    generated = os.path.join(out, relative_path[:-len(".proto")] + "_pb2.py")
    name = "_cchc_" + relative_path[:-len(".proto")].replace("/", "_") + "_pb2"
    spec = importlib.util.spec_from_file_location(name, generated)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


class Testing:
    """The grpc.testing messages (test.proto itself is not needed: stubs are built by path)."""

    def __init__(self):
        # Neither file imports another, so each can be generated and loaded alone.
        self.empty = _generate("grpc/testing/empty.proto")
        self.messages = _generate("grpc/testing/messages.proto")


def load_testing():
    return Testing()


def load_reflection(version):
    """version is "v1" or "v1alpha"."""
    return _generate(f"grpc/reflection/{version}/reflection.proto")
