using CchcGrpc.Bench.Protos;
using Grpc.Core;

namespace CchcGrpc.Bench.Wire;

/// <summary>cchc.bench.BenchService on this project's server: echoes the payload.</summary>
public sealed class BenchService : Protos.BenchService.BenchServiceBase
{
    public override Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context) =>
        Task.FromResult(new EchoResponse { Payload = request.Payload });
}
