// The web SDK imports Microsoft.Extensions.DependencyInjection, whose ServiceDescriptor would
// shadow protobuf's; in this service "service descriptor" always means the proto one.
global using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
