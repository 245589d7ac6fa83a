using System.Diagnostics;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Wire;
using Google.Protobuf;
using Grpc.Core;
using Xunit.Abstractions;

namespace CchcGrpc.Tests.Reliability.Hostile;

/// <summary>
/// Requests generated from the cchc.v1 descriptors (every method of every service, so one added
/// later is included), sent as every kind of caller — anonymous, a forged token, and each role of
/// the fixture — over the real wire to a server on a real SQLite file. Whatever arrives, the server
/// answers with a status of the error model, never INTERNAL or UNKNOWN, never hangs, and a call it
/// refuses writes nothing: SQLite's data_version, read by the test's own connection before and after
/// each call, changes only when the server committed something.
/// </summary>
public sealed class GeneratedRequestTests(ObservedServer server, ITestOutputHelper output) : IClassFixture<ObservedServer>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private static readonly string?[] Callers = [null, "cchc_forged", .. ReportingServer.Accounts.Select(a => a.Name)];
    private static readonly string?[] Languages = [null, "en", "vi", "fr", "en-US;q=0.5, vi", "\u0001", ""];

    [Fact]
    public Task Ten_thousand_generated_requests_across_every_RPC_and_caller_end_in_the_error_model_and_refusals_write_nothing() =>
        RunAsync(10_000, seed: 14, "reliability-hostile-short.md");

    [LongFact]
    public Task Long_form_twenty_five_thousand_generated_requests() =>
        RunAsync(25_000, seed: 1414, "reliability-hostile.md");

    private async Task RunAsync(int requests, int seed, string resultsFile)
    {
        var methods = CchcServices.Methods.ToList();
        var generator = new HostileMessages(seed);
        var random = new Random(seed);
        var codes = new Dictionary<(string Service, StatusCode Code), int>();
        var defects = new List<string>();
        var refusedWrites = 0;
        var called = new HashSet<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var method = methods[i % methods.Count];
            var caller = Callers[i / methods.Count % Callers.Length];
            var mangled = random.Next(10) == 0;
            var messages = Enumerable.Range(0, method.IsClientStreaming && random.Next(4) == 0 ? 2 + random.Next(3) : 1)
                .Select(_ => mangled ? generator.Mangled(method.InputType) : generator.Message(method.InputType).ToByteArray())
                .ToList();
            var headers = new Metadata();
            if (caller is not null)
            {
                // Logout revokes the token it is called with: it gets a token of its own.
                var token = caller == "cchc_forged" ? caller : method.Name == "Logout" ? await server.FreshTokenAsync(caller) : server.TokenOf(caller);
                headers.Add("authorization", "Bearer " + token);
            }
            if (Languages[random.Next(Languages.Length)] is { } language)
            {
                headers.Add("accept-language", language);
            }

            var before = server.DataVersion();
            var status = await RawCall.RunAsync(server.Channel, method, messages, headers, Deadline);
            var wrote = server.DataVersion() != before;
            called.Add(method.FullName);
            var key = (mangled ? "(broken encoding)" : method.Service.Name, status.StatusCode);
            codes[key] = codes.GetValueOrDefault(key) + 1;
            var who = caller ?? "anonymous";
            if (status.StatusCode is StatusCode.Internal or StatusCode.Unknown or StatusCode.DeadlineExceeded or StatusCode.Cancelled)
            {
                defects.Add($"#{i} {method.FullName} as {who}{(mangled ? " (broken encoding)" : "")}: {status.StatusCode} {status.Detail}");
            }
            // Over the 4 MiB limit the server answers RESOURCE_EXHAUSTED at once; a client still
            // uploading may instead see its request cut off (UNAVAILABLE, "Error starting gRPC call").
            if (status.StatusCode == StatusCode.Unavailable && messages.Max(m => m.Length) <= 4 * 1024 * 1024)
            {
                defects.Add($"#{i} {method.FullName} as {who}: {status.StatusCode} {status.Detail} ({messages.Max(m => m.Length)} bytes) {status.DebugException?.InnerException?.InnerException?.Message}");
            }
            // A client stream of several batches applies the ones before a malformed one (documented in
            // server/Reporting/Imports/README.md); with one message, a refusal means nothing was written.
            if (status.StatusCode != StatusCode.OK && wrote && messages.Count == 1)
            {
                refusedWrites++;
                defects.Add($"#{i} {method.FullName} as {who}: refused with {status.StatusCode} ({status.Detail}) but the database changed");
            }
        }
        clock.Stop();

        var table = new ResultsTable($"Hostile requests: {requests:N0} generated from the descriptors ({methods.Count} methods of {CchcServices.All.Count} services, {Callers.Length} kinds of caller, seed {seed})",
            ["service", "calls", .. Codes(codes).Select(c => c.ToString())]);
        foreach (var service in CchcServices.All.Select(s => s.Name).Append("(broken encoding)"))
        {
            table.Row([service, codes.Where(c => c.Key.Service == service).Sum(c => c.Value), .. Codes(codes).Select(c => (object)codes.GetValueOrDefault((service, c)))]);
        }
        table.Note($"{requests:N0} calls in {clock.Elapsed.TotalSeconds:0.0} s; INTERNAL/UNKNOWN/DEADLINE_EXCEEDED: {defects.Count - refusedWrites}; refused calls that wrote: {refusedWrites}.");
        table.Publish(output, resultsFile);

        Assert.True(requests >= 10_000);
        output.WriteLine(string.Join('\n', defects.Take(30)));
        Assert.Empty(defects);
        Assert.Equal(methods.Select(m => m.FullName).Order(), called.Order());
        Assert.DoesNotContain(server.Logs.Lines, l => l.Level >= LogLevel.Error && !l.Message.Contains("DatabaseUnavailable", StringComparison.Ordinal));
    }

    private static IEnumerable<StatusCode> Codes(Dictionary<(string Service, StatusCode Code), int> codes) =>
        codes.Keys.Select(k => k.Code).Distinct().Order();
}
