using CchcGrpc.Tests.EndToEnd;
using Grpc.Core;

namespace CchcGrpc.Tests.Wire;

/// <summary>
/// Signing in comes before anything else: every method of every cchc.v1 service descriptor but
/// Auth/Login answers an anonymous caller UNAUTHENTICATED, with empty arguments and with
/// arguments that would be refused, so no caller learns anything without a token.
/// </summary>
public sealed class AnonymousCallTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    public static TheoryData<string> Methods()
    {
        var data = new TheoryData<string>();
        foreach (var method in CchcServices.Methods)
        {
            data.Add(method.FullName);
        }
        return data;
    }

    [Fact]
    public void The_walk_covers_every_service_the_protos_define()
    {
        string[] known = ["cchc.v1.Analytics", "cchc.v1.Auth", "cchc.v1.Catalog", "cchc.v1.Imports", "cchc.v1.Reports", "cchc.v1.Units"];
        Assert.Superset(known.ToHashSet(), CchcServices.All.Select(s => s.FullName).ToHashSet());
        Assert.Contains(CchcServices.Methods, m => m.IsClientStreaming);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task An_anonymous_call_is_UNAUTHENTICATED_whatever_its_arguments(string fullName)
    {
        var method = CchcServices.Methods.Single(m => m.FullName == fullName);
        var empty = await RawCalls.StatusOfAsync(server.Channel, method, [], new CallOptions());
        var hostile = await RawCalls.StatusOfAsync(server.Channel, method, RawCalls.Hostile(method.InputType), new CallOptions());
        var forged = await RawCalls.StatusOfAsync(server.Channel, method, RawCalls.Hostile(method.InputType), CallHelpers.Bearer("cchc_forged"));
        if (fullName == "cchc.v1.Auth.Login")
        {
            Assert.Equal(StatusCode.InvalidArgument, empty);
            Assert.Equal(StatusCode.Unauthenticated, hostile); // no such user
            return;
        }
        Assert.Equal((StatusCode.Unauthenticated, StatusCode.Unauthenticated, StatusCode.Unauthenticated), (empty, hostile, forged));
    }
}
