"""grpcio peer for the wire benchmark.

Serves /cchc.bench.BenchService/Echo on 127.0.0.1 (h2c) through a generic handler, echoing the
request payload, with the message classes protoc generated from bench/Protos/bench.proto at run
time (the harness passes the output directory). Prints "LISTENING <port>" once bound and exits
when its standard input closes, so it never outlives the harness.

Run with Debian's interpreter: /usr/bin/python3 echo_server.py <pb2-dir>
"""

import asyncio
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: echo_server.py <directory holding bench_pb2.py>", file=sys.stderr)
        return 2
    sys.path.insert(0, sys.argv[1])

    import grpc  # noqa: E402  (after the path is set up)
    import bench_pb2  # noqa: E402

    async def echo(request, context):
        return bench_pb2.EchoResponse(payload=request.payload)

    async def serve() -> None:
        server = grpc.aio.server()
        handler = grpc.method_handlers_generic_handler(
            "cchc.bench.BenchService",
            {
                "Echo": grpc.unary_unary_rpc_method_handler(
                    echo,
                    request_deserializer=bench_pb2.EchoRequest.FromString,
                    response_serializer=bench_pb2.EchoResponse.SerializeToString,
                )
            },
        )
        server.add_generic_rpc_handlers((handler,))
        port = server.add_insecure_port("127.0.0.1:0")
        await server.start()
        print(f"LISTENING {port}", flush=True)

        loop = asyncio.get_running_loop()
        stdin_closed = loop.create_future()

        def wait_for_stdin() -> None:
            sys.stdin.read()
            loop.call_soon_threadsafe(stdin_closed.set_result, None)

        loop.run_in_executor(None, wait_for_stdin)
        await stdin_closed
        await server.stop(grace=None)

    asyncio.run(serve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
