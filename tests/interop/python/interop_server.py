#!/usr/bin/python3
"""grpc.testing.TestService on grpcio: an independent server for the CchcGrpc interop suite.

Usage: interop_server.py --port N [--host 127.0.0.1]
With --port 0 a free port is picked. Either way the first line on stdout is "LISTENING <port>".
Runs until SIGTERM/SIGINT; with --exit_on_stdin_close also until stdin closes (a test harness
keeps a pipe open, so a harness that dies takes its server along).

Limits of grpcio (not of this script): a python handler cannot see whether a request message
was compressed, so expect_compressed is not checked here.
"""

import argparse
import signal
import sys
import threading
import time
from concurrent import futures

import grpc

import interop_protos

ECHO_INITIAL_KEY = "x-grpc-test-echo-initial"
ECHO_TRAILING_KEY = "x-grpc-test-echo-trailing-bin"

_CODES = {code.value[0]: code for code in grpc.StatusCode}


class TestService:
    def __init__(self, pb):
        self.empty = pb.empty
        self.messages = pb.messages

    # --- helpers -------------------------------------------------------------------------

    @staticmethod
    def _echo_metadata(context, extra_initial=()):
        metadata = list(context.invocation_metadata())
        initial = [(k, v) for k, v in metadata if k == ECHO_INITIAL_KEY] + list(extra_initial)
        trailing = [(k, v) for k, v in metadata if k == ECHO_TRAILING_KEY]
        if initial:
            context.send_initial_metadata(initial)
        if trailing:
            context.set_trailing_metadata(trailing)

    @staticmethod
    def _maybe_fail(request, context):
        if request.HasField("response_status") and request.response_status.code != 0:
            code = _CODES.get(request.response_status.code, grpc.StatusCode.UNKNOWN)
            context.abort(code, request.response_status.message)

    def _payload(self, size):
        return self.messages.Payload(type=self.messages.COMPRESSABLE, body=b"\0" * size)

    @staticmethod
    def _sleep(context, interval_us):
        """Sleeps interval_us, returning False early when the call is cancelled or ends."""
        if interval_us <= 0:
            return context.is_active()
        done = threading.Event()
        context.add_callback(done.set)
        done.wait(interval_us / 1e6)
        return context.is_active()

    @staticmethod
    def _start_stream(context):
        # grpcio fixes a call's encoding when it sends the response headers, and the echo sends
        # them first thing; so every stream is gzip and each message not asked to be compressed
        # opts out (the per-message flag is what ResponseParameters.compressed is about).
        context.set_compression(grpc.Compression.Gzip)
        TestService._echo_metadata(context)

    def _stream_responses(self, request, context):
        """Yields the responses a StreamingOutputCallRequest asks for."""
        for params in request.response_parameters:
            if not self._sleep(context, params.interval_us):
                return
            if not params.compressed.value:
                context.disable_next_message_compression()
            yield self.messages.StreamingOutputCallResponse(payload=self._payload(params.size))

    # --- methods -------------------------------------------------------------------------

    def EmptyCall(self, request, context):
        self._echo_metadata(context)
        return self.empty.Empty()

    def UnaryCall(self, request, context):
        # Before the echo: the encoding is fixed when the response headers go out.
        if request.response_compressed.value:
            context.set_compression(grpc.Compression.Gzip)
        self._echo_metadata(context)
        self._maybe_fail(request, context)
        return self.messages.SimpleResponse(payload=self._payload(request.response_size))

    def CacheableUnaryCall(self, request, context):
        # A timestamp body lets a caller see whether a proxy served a cached copy.
        self._echo_metadata(context, extra_initial=[("cache-control", "max-age=60, public")])
        self._maybe_fail(request, context)
        body = str(time.time_ns()).encode("ascii")
        return self.messages.SimpleResponse(payload=self.messages.Payload(type=self.messages.COMPRESSABLE, body=body))

    def StreamingOutputCall(self, request, context):
        self._start_stream(context)
        self._maybe_fail(request, context)
        yield from self._stream_responses(request, context)

    def StreamingInputCall(self, request_iterator, context):
        self._echo_metadata(context)
        total = 0
        for request in request_iterator:
            total += len(request.payload.body)
        return self.messages.StreamingInputCallResponse(aggregated_payload_size=total)

    def FullDuplexCall(self, request_iterator, context):
        self._start_stream(context)
        for request in request_iterator:
            self._maybe_fail(request, context)
            yield from self._stream_responses(request, context)

    def HalfDuplexCall(self, request_iterator, context):
        self._start_stream(context)
        requests = list(request_iterator)
        for request in requests:
            self._maybe_fail(request, context)
            yield from self._stream_responses(request, context)


def build_handler(pb):
    service = TestService(pb)
    m = pb.messages
    e = pb.empty

    def unary(fn, req, res):
        return grpc.unary_unary_rpc_method_handler(fn, req.FromString, res.SerializeToString)

    handlers = {
        "EmptyCall": unary(service.EmptyCall, e.Empty, e.Empty),
        "UnaryCall": unary(service.UnaryCall, m.SimpleRequest, m.SimpleResponse),
        "CacheableUnaryCall": unary(service.CacheableUnaryCall, m.SimpleRequest, m.SimpleResponse),
        "StreamingOutputCall": grpc.unary_stream_rpc_method_handler(
            service.StreamingOutputCall, m.StreamingOutputCallRequest.FromString,
            m.StreamingOutputCallResponse.SerializeToString),
        "StreamingInputCall": grpc.stream_unary_rpc_method_handler(
            service.StreamingInputCall, m.StreamingInputCallRequest.FromString,
            m.StreamingInputCallResponse.SerializeToString),
        "FullDuplexCall": grpc.stream_stream_rpc_method_handler(
            service.FullDuplexCall, m.StreamingOutputCallRequest.FromString,
            m.StreamingOutputCallResponse.SerializeToString),
        "HalfDuplexCall": grpc.stream_stream_rpc_method_handler(
            service.HalfDuplexCall, m.StreamingOutputCallRequest.FromString,
            m.StreamingOutputCallResponse.SerializeToString),
        # UnimplementedCall is left out on purpose: grpcio answers it with UNIMPLEMENTED.
    }
    return grpc.method_handlers_generic_handler("grpc.testing.TestService", handlers)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--exit_on_stdin_close", action="store_true")
    args = parser.parse_args()

    pb = interop_protos.load_testing()
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=32))
    server.add_generic_rpc_handlers((build_handler(pb),))
    port = server.add_insecure_port(f"{args.host}:{args.port}")
    if port == 0:
        print(f"cannot listen on {args.host}:{args.port}", file=sys.stderr)
        return 1
    server.start()
    print(f"LISTENING {port}", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())

    def watch_stdin():
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except (OSError, ValueError):
            pass
        stop.set()

    if args.exit_on_stdin_close:
        threading.Thread(target=watch_stdin, daemon=True).start()
    stop.wait()
    server.stop(grace=1).wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
