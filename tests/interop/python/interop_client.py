#!/usr/bin/python3
"""grpc.testing interop client cases on grpcio: an independent client for the CchcGrpc interop suite.

Usage: interop_client.py --server_host H --server_port P --test_case NAME [--skip_compression_probe]
Exits 0 when the case passes; otherwise prints why on stderr and exits 1.
--skip_compression_probe: the server cannot tell compressed requests apart (grpc-js, grpcio
servers), so client_compressed_unary leaves out the step that expects INVALID_ARGUMENT.
"""

import argparse
import queue
import sys

import grpc

import interop_protos

ECHO_INITIAL_KEY = "x-grpc-test-echo-initial"
ECHO_INITIAL_VALUE = "test_initial_metadata_value"
ECHO_TRAILING_KEY = "x-grpc-test-echo-trailing-bin"
ECHO_TRAILING_VALUE = b"\xab\xab\xab"
SPECIAL_MESSAGE = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001f608\t\n"
TIMEOUT = 30  # seconds; no case should need more than a fraction of this


class CaseFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CaseFailed(message)


class _RequestPipe:
    """A request iterator the test feeds one message at a time (grpcio pulls from it)."""

    _END = object()

    def __init__(self):
        self._queue = queue.Queue()

    def add(self, message):
        self._queue.put(message)

    def close(self):
        self._queue.put(self._END)

    def __iter__(self):
        return self

    def __next__(self):
        item = self._queue.get()
        if item is self._END:
            raise StopIteration
        return item


class Stubs:
    def __init__(self, channel, pb):
        m = pb.messages
        e = pb.empty
        prefix = "/grpc.testing.TestService/"

        def uu(name, req, res, service_prefix=prefix):
            return channel.unary_unary(service_prefix + name, req.SerializeToString, res.FromString)

        self.EmptyCall = uu("EmptyCall", e.Empty, e.Empty)
        self.UnaryCall = uu("UnaryCall", m.SimpleRequest, m.SimpleResponse)
        self.UnimplementedCall = uu("UnimplementedCall", e.Empty, e.Empty)
        self.UnimplementedServiceCall = uu("UnimplementedCall", e.Empty, e.Empty, "/grpc.testing.UnimplementedService/")
        self.StreamingOutputCall = channel.unary_stream(
            prefix + "StreamingOutputCall", m.StreamingOutputCallRequest.SerializeToString,
            m.StreamingOutputCallResponse.FromString)
        self.StreamingInputCall = channel.stream_unary(
            prefix + "StreamingInputCall", m.StreamingInputCallRequest.SerializeToString,
            m.StreamingInputCallResponse.FromString)
        self.FullDuplexCall = channel.stream_stream(
            prefix + "FullDuplexCall", m.StreamingOutputCallRequest.SerializeToString,
            m.StreamingOutputCallResponse.FromString)


class Cases:
    def __init__(self, stubs, pb, skip_compression_probe):
        self.stubs = stubs
        self.m = pb.messages
        self.e = pb.empty
        self.skip_compression_probe = skip_compression_probe

    def _payload(self, size):
        return self.m.Payload(type=self.m.COMPRESSABLE, body=b"\0" * size)

    def _check_payload(self, payload, size, what):
        check(payload.type == self.m.COMPRESSABLE, f"{what}: payload type {payload.type}, expected COMPRESSABLE")
        check(len(payload.body) == size, f"{what}: payload of {len(payload.body)} bytes, expected {size}")
        check(payload.body == b"\0" * size, f"{what}: payload bytes are not all zero")

    def _large_request(self, **fields):
        return self.m.SimpleRequest(
            response_type=self.m.COMPRESSABLE, response_size=314159, payload=self._payload(271828), **fields)

    @staticmethod
    def _expect_error(fn, code, what, details=None):
        try:
            fn()
        except grpc.RpcError as error:
            check(error.code() == code, f"{what}: status {error.code()} ({error.details()!r}), expected {code}")
            if details is not None:
                check(error.details() == details, f"{what}: message {error.details()!r}, expected {details!r}")
            return error
        raise CaseFailed(f"{what}: call succeeded, expected {code}")

    # --- cases ---------------------------------------------------------------------------

    def empty_unary(self):
        response = self.stubs.EmptyCall(self.e.Empty(), timeout=TIMEOUT)
        check(isinstance(response, self.e.Empty), f"response is {type(response)}, expected Empty")

    def large_unary(self):
        response = self.stubs.UnaryCall(self._large_request(), timeout=TIMEOUT)
        self._check_payload(response.payload, 314159, "response")

    def client_streaming(self):
        sizes = [27182, 8, 1828, 45904]
        requests = [self.m.StreamingInputCallRequest(payload=self._payload(s)) for s in sizes]
        response = self.stubs.StreamingInputCall(iter(requests), timeout=TIMEOUT)
        check(response.aggregated_payload_size == 74922,
              f"aggregated_payload_size {response.aggregated_payload_size}, expected 74922")

    def server_streaming(self):
        sizes = [31415, 9, 2653, 58979]
        request = self.m.StreamingOutputCallRequest(
            response_type=self.m.COMPRESSABLE,
            response_parameters=[self.m.ResponseParameters(size=s) for s in sizes])
        responses = list(self.stubs.StreamingOutputCall(request, timeout=TIMEOUT))
        check(len(responses) == len(sizes), f"{len(responses)} responses, expected {len(sizes)}")
        for i, (response, size) in enumerate(zip(responses, sizes)):
            self._check_payload(response.payload, size, f"response {i}")

    def ping_pong(self):
        request_sizes = [27182, 8, 1828, 45904]
        response_sizes = [31415, 9, 2653, 58979]
        pipe = _RequestPipe()
        responses = self.stubs.FullDuplexCall(pipe, timeout=TIMEOUT)
        try:
            for i, (req_size, res_size) in enumerate(zip(request_sizes, response_sizes)):
                pipe.add(self.m.StreamingOutputCallRequest(
                    response_type=self.m.COMPRESSABLE,
                    response_parameters=[self.m.ResponseParameters(size=res_size)],
                    payload=self._payload(req_size)))
                response = next(responses, None)
                check(response is not None, f"stream ended before response {i}")
                self._check_payload(response.payload, res_size, f"response {i}")
        finally:
            pipe.close()
        check(next(responses, None) is None, "server sent more responses than requested")
        check(responses.code() == grpc.StatusCode.OK, f"status {responses.code()}, expected OK")

    def empty_stream(self):
        responses = list(self.stubs.FullDuplexCall(iter([]), timeout=TIMEOUT))
        check(responses == [], f"{len(responses)} responses, expected none")

    def _status_cases(self, message):
        status = self.m.EchoStatus(code=2, message=message)
        self._expect_error(
            lambda: self.stubs.UnaryCall(self.m.SimpleRequest(response_status=status), timeout=TIMEOUT),
            grpc.StatusCode.UNKNOWN, "UnaryCall", message)
        return status

    def status_code_and_message(self):
        status = self._status_cases("test status message")
        request = self.m.StreamingOutputCallRequest(response_status=status)
        self._expect_error(
            lambda: list(self.stubs.FullDuplexCall(iter([request]), timeout=TIMEOUT)),
            grpc.StatusCode.UNKNOWN, "FullDuplexCall", "test status message")

    def special_status_message(self):
        self._status_cases(SPECIAL_MESSAGE)

    def _check_echo(self, call, what):
        initial = [v for k, v in call.initial_metadata() if k == ECHO_INITIAL_KEY]
        check(initial == [ECHO_INITIAL_VALUE],
              f"{what}: initial metadata {ECHO_INITIAL_KEY}={initial!r}, expected [{ECHO_INITIAL_VALUE!r}]")
        trailing = [v for k, v in call.trailing_metadata() if k == ECHO_TRAILING_KEY]
        check(trailing == [ECHO_TRAILING_VALUE],
              f"{what}: trailing metadata {ECHO_TRAILING_KEY}={trailing!r}, expected [{ECHO_TRAILING_VALUE!r}]")

    def custom_metadata(self):
        metadata = ((ECHO_INITIAL_KEY, ECHO_INITIAL_VALUE), (ECHO_TRAILING_KEY, ECHO_TRAILING_VALUE))
        response, call = self.stubs.UnaryCall.with_call(self._large_request(), metadata=metadata, timeout=TIMEOUT)
        self._check_payload(response.payload, 314159, "UnaryCall response")
        self._check_echo(call, "UnaryCall")

        request = self.m.StreamingOutputCallRequest(
            response_type=self.m.COMPRESSABLE,
            response_parameters=[self.m.ResponseParameters(size=314159)],
            payload=self._payload(271828))
        call = self.stubs.FullDuplexCall(iter([request]), metadata=metadata, timeout=TIMEOUT)
        responses = list(call)
        check(len(responses) == 1, f"FullDuplexCall: {len(responses)} responses, expected 1")
        self._check_payload(responses[0].payload, 314159, "FullDuplexCall response")
        self._check_echo(call, "FullDuplexCall")

    def timeout_on_sleeping_server(self):
        pipe = _RequestPipe()
        responses = self.stubs.FullDuplexCall(pipe, timeout=0.001)
        # The request may or may not get out before the deadline; either way the call must end.
        pipe.add(self.m.StreamingOutputCallRequest(payload=self._payload(27182)))
        try:
            self._expect_error(lambda: list(responses), grpc.StatusCode.DEADLINE_EXCEEDED, "FullDuplexCall")
        finally:
            pipe.close()

    def cancel_after_begin(self):
        pipe = _RequestPipe()
        future = self.stubs.StreamingInputCall.future(pipe, timeout=TIMEOUT)
        try:
            future.cancel()
            check(future.cancelled(), "future not cancelled")
            check(future.code() == grpc.StatusCode.CANCELLED, f"status {future.code()}, expected CANCELLED")
        finally:
            pipe.close()

    def cancel_after_first_response(self):
        pipe = _RequestPipe()
        responses = self.stubs.FullDuplexCall(pipe, timeout=TIMEOUT)
        try:
            pipe.add(self.m.StreamingOutputCallRequest(
                response_type=self.m.COMPRESSABLE,
                response_parameters=[self.m.ResponseParameters(size=31415)],
                payload=self._payload(27182)))
            response = next(responses, None)
            check(response is not None, "stream ended before the first response")
            self._check_payload(response.payload, 31415, "first response")
            responses.cancel()
            self._expect_error(lambda: next(responses), grpc.StatusCode.CANCELLED, "after cancel")
        finally:
            pipe.close()

    def unimplemented_method(self):
        self._expect_error(lambda: self.stubs.UnimplementedCall(self.e.Empty(), timeout=TIMEOUT),
                           grpc.StatusCode.UNIMPLEMENTED, "TestService/UnimplementedCall")

    def unimplemented_service(self):
        self._expect_error(lambda: self.stubs.UnimplementedServiceCall(self.e.Empty(), timeout=TIMEOUT),
                           grpc.StatusCode.UNIMPLEMENTED, "UnimplementedService/UnimplementedCall")

    def client_compressed_unary(self):
        if not self.skip_compression_probe:
            self._expect_error(
                lambda: self.stubs.UnaryCall(
                    self._large_request(expect_compressed=self.m.BoolValue(value=True)), timeout=TIMEOUT),
                grpc.StatusCode.INVALID_ARGUMENT, "probe (uncompressed request expecting compression)")
        response = self.stubs.UnaryCall(
            self._large_request(expect_compressed=self.m.BoolValue(value=True)),
            compression=grpc.Compression.Gzip, timeout=TIMEOUT)
        self._check_payload(response.payload, 314159, "compressed request's response")
        response = self.stubs.UnaryCall(
            self._large_request(expect_compressed=self.m.BoolValue(value=False)), timeout=TIMEOUT)
        self._check_payload(response.payload, 314159, "uncompressed request's response")

    def server_compressed_streaming(self):
        # grpcio decompresses transparently and does not show the per-message flag: sizes only.
        request = self.m.StreamingOutputCallRequest(
            response_type=self.m.COMPRESSABLE,
            response_parameters=[
                self.m.ResponseParameters(size=31415, compressed=self.m.BoolValue(value=True)),
                self.m.ResponseParameters(size=92653, compressed=self.m.BoolValue(value=False)),
            ])
        responses = list(self.stubs.StreamingOutputCall(request, timeout=TIMEOUT))
        check(len(responses) == 2, f"{len(responses)} responses, expected 2")
        self._check_payload(responses[0].payload, 31415, "response 0 (compressed)")
        self._check_payload(responses[1].payload, 92653, "response 1 (uncompressed)")


CASES = [
    "empty_unary", "large_unary", "client_streaming", "server_streaming", "ping_pong", "empty_stream",
    "status_code_and_message", "special_status_message", "custom_metadata", "timeout_on_sleeping_server",
    "cancel_after_begin", "cancel_after_first_response", "unimplemented_method", "unimplemented_service",
    "client_compressed_unary", "server_compressed_streaming",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server_host", default="127.0.0.1")
    parser.add_argument("--server_port", type=int, required=True)
    parser.add_argument("--test_case", required=True, choices=CASES)
    parser.add_argument("--skip_compression_probe", action="store_true")
    args = parser.parse_args()

    pb = interop_protos.load_testing()
    target = f"{args.server_host}:{args.server_port}"
    with grpc.insecure_channel(target) as channel:
        cases = Cases(Stubs(channel, pb), pb, args.skip_compression_probe)
        try:
            getattr(cases, args.test_case)()
        except CaseFailed as failure:
            print(f"FAIL {args.test_case} against {target}: {failure}", file=sys.stderr)
            return 1
        except grpc.RpcError as error:
            print(f"FAIL {args.test_case} against {target}: unexpected status {error.code()}: {error.details()!r}",
                  file=sys.stderr)
            return 1
    print(f"PASS {args.test_case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
