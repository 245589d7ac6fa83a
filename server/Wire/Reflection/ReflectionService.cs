using CchcGrpc.Wire;
using Google.Protobuf;
using Grpc.Reflection.V1;

namespace CchcGrpc.Server.Wire.Reflection;

/// <summary>
/// grpc.reflection.v1.ServerReflection: lets generic tools (grpcurl, Postman, grpcui) list the
/// services and fetch their descriptors without local .proto files.
/// </summary>
public sealed class ReflectionService(GrpcServiceRegistry registry)
{
    private DescriptorIndex? _index;

    public static ServiceDescriptor Descriptor => ReflectionReflection.Descriptor.Services[0];

    // Built on first use: by then every service, this one included, is registered.
    private DescriptorIndex Index => _index ??= new DescriptorIndex(registry.Services);

    public async Task ServerReflectionInfo(IAsyncEnumerable<ServerReflectionRequest> requests, IServerStreamWriter<ServerReflectionResponse> responses, ServerCallContext context)
    {
        await foreach (var request in requests.WithCancellation(context.CancellationToken).ConfigureAwait(false))
        {
            await responses.WriteAsync(Answer(request), context.CancellationToken).ConfigureAwait(false);
        }
    }

    internal ServerReflectionResponse Answer(ServerReflectionRequest request)
    {
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request };
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                var list = new ListServiceResponse();
                list.Service.AddRange(Index.ServiceNames.Select(n => new ServiceResponse { Name = n }));
                response.ListServicesResponse = list;
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                SetFile(response, Index.FindFile(request.FileByFilename), $"File '{request.FileByFilename}' not found.");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                SetFile(response, Index.FindSymbol(request.FileContainingSymbol), $"Symbol '{request.FileContainingSymbol}' not found.");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType:
                if (Index.FindSymbol(request.AllExtensionNumbersOfType) is null)
                {
                    SetError(response, StatusCode.NotFound, $"Type '{request.AllExtensionNumbersOfType}' not found.");
                }
                else
                {
                    // proto3 files declare no extensions.
                    response.AllExtensionNumbersResponse = new ExtensionNumberResponse { BaseTypeName = request.AllExtensionNumbersOfType };
                }
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingExtension:
                SetError(response, StatusCode.NotFound, "This server defines no extensions.");
                break;
            default:
                SetError(response, StatusCode.InvalidArgument, "The reflection request names no known request kind.");
                break;
        }
        return response;
    }

    private static void SetFile(ServerReflectionResponse response, Google.Protobuf.Reflection.FileDescriptor? file, string notFound)
    {
        if (file is null)
        {
            SetError(response, StatusCode.NotFound, notFound);
            return;
        }
        var files = new FileDescriptorResponse();
        files.FileDescriptorProto.AddRange(DescriptorIndex.WithDependencies(file).Select(f => f.SerializedData));
        response.FileDescriptorResponse = files;
    }

    private static void SetError(ServerReflectionResponse response, StatusCode code, string message) =>
        response.ErrorResponse = new ErrorResponse { ErrorCode = (int)code, ErrorMessage = message };
}
