using System.Globalization;
using System.Text.RegularExpressions;
using CchcGrpc.Bench.Infrastructure;

namespace CchcGrpc.Bench.Wire;

/// <summary>Runs h2load with the suite's fixed parameters and checks its report before trusting a number.</summary>
internal sealed partial class H2LoadRunner(Prerequisites tools, WireOptions options, string workDirectory)
{
    private readonly string _requestFile = WriteRequestFile(workDirectory);

    /// <summary>The h2load command line (without log file and URL), for the report.</summary>
    public string Describe(int seconds) =>
        $"h2load -t 1 -c {options.Connections} -m {options.Streams} -D {seconds} -d <{EchoPayload.FramedRequest.Length}-byte framed EchoRequest> "
        + "-H 'content-type: application/grpc' -H 'te: trailers'";

    public async Task<H2LoadRun> RunAsync(string name, Uri baseAddress, int seconds)
    {
        var logFile = Path.Combine(workDirectory, $"{name}-{Guid.NewGuid():N}.log");
        List<string> arguments =
        [
            "-t", "1",
            "-c", options.Connections.ToString(CultureInfo.InvariantCulture),
            "-m", options.Streams.ToString(CultureInfo.InvariantCulture),
            "-D", seconds.ToString(CultureInfo.InvariantCulture),
            "-d", _requestFile,
            "-H", "content-type: application/grpc",
            "-H", "te: trailers",
            $"--log-file={logFile}",
            new Uri(baseAddress, EchoPayload.MethodPath).ToString(),
        ];
        var fileName = tools.H2Load;
        if (tools.TaskSet is not null)
        {
            arguments.InsertRange(0, ["--cpu-list", CpuAffinity.LoadGeneratorCpus, tools.H2Load]);
            fileName = tools.TaskSet;
        }

        var result = await ToolRunner.RunAsync(fileName, arguments, TimeSpan.FromSeconds(seconds + 60));
        try
        {
            var output = result.StandardOutput;
            string Fail(string what) => $"{name}: h2load run invalid: {what}\n--- h2load output ---\n{output}{result.StandardError}";
            if (result.ExitCode != 0)
            {
                throw new BenchFailure(Fail($"exit code {result.ExitCode}"));
            }

            var finished = Finished().Match(output);
            var requests = Requests().Match(output);
            var codes = StatusCodes().Match(output);
            var traffic = Traffic().Match(output);
            if (!finished.Success || !requests.Success || !codes.Success || !traffic.Success)
            {
                throw new BenchFailure(Fail("cannot parse the report"));
            }
            long N(Match m, int group) => long.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

            var (done, succeeded, failed, errored, timedOut) = (N(requests, 3), N(requests, 4), N(requests, 5), N(requests, 6), N(requests, 7));
            if (succeeded == 0 || failed != 0 || errored != 0 || timedOut != 0 || done != succeeded)
            {
                throw new BenchFailure(Fail($"{succeeded} succeeded, {failed} failed, {errored} errored, {timedOut} timeout of {done} done"));
            }
            var (ok, redirects, clientErrors, serverErrors) = (N(codes, 1), N(codes, 2), N(codes, 3), N(codes, 4));
            if (redirects != 0 || clientErrors != 0 || serverErrors != 0 || ok < succeeded)
            {
                throw new BenchFailure(Fail("not every response was 2xx"));
            }
            // Every completed response must have carried the full response message: an error status
            // (HTTP 200 with grpc-status != 0) comes without one. Responses still in flight when the
            // run stops may add bytes, never more than one message per 2xx response.
            var dataBytes = N(traffic, 1);
            var messageLength = EchoPayload.FramedResponse.Length;
            if (dataBytes < succeeded * messageLength || dataBytes > ok * messageLength)
            {
                throw new BenchFailure(Fail(
                    $"{dataBytes} response data bytes for {succeeded} responses of {messageLength} bytes: some calls did not answer the message"));
            }

            var latencies = ReadLatencies(logFile, name);
            if (latencies.Length < succeeded)
            {
                throw new BenchFailure(Fail($"the request log holds {latencies.Length} requests, h2load counted {succeeded}"));
            }
            Array.Sort(latencies);
            return new H2LoadRun(
                RequestsPerSecond: double.Parse(finished.Groups[2].Value, CultureInfo.InvariantCulture),
                Succeeded: succeeded,
                P50Milliseconds: Percentile(latencies, 0.50),
                P99Milliseconds: Percentile(latencies, 0.99),
                MeanMilliseconds: latencies.Average() / 1000.0,
                MaxMilliseconds: latencies[^1] / 1000.0);
        }
        finally
        {
            File.Delete(logFile);
        }
    }

    /// <summary>Nearest-rank percentile of sorted microsecond latencies, in milliseconds.</summary>
    private static double Percentile(long[] sortedMicros, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sortedMicros.Length);
        return sortedMicros[Math.Clamp(rank - 1, 0, sortedMicros.Length - 1)] / 1000.0;
    }

    private static long[] ReadLatencies(string logFile, string name)
    {
        if (!File.Exists(logFile))
        {
            throw new BenchFailure($"{name}: h2load wrote no request log");
        }
        var latencies = new List<long>(1 << 20);
        foreach (var line in File.ReadLines(logFile))
        {
            // start time (µs since epoch) \t HTTP status \t µs until the end of the response
            var parts = line.Split('\t');
            if (parts.Length < 3)
            {
                continue;
            }
            if (parts[1] != "200")
            {
                throw new BenchFailure($"{name}: request log has HTTP status {parts[1]}");
            }
            latencies.Add(long.Parse(parts[2], CultureInfo.InvariantCulture));
        }
        return [.. latencies];
    }

    private static string WriteRequestFile(string directory)
    {
        var path = Path.Combine(directory, "echo-request.bin");
        File.WriteAllBytes(path, EchoPayload.FramedRequest);
        return path;
    }

    [GeneratedRegex(@"finished in ([\d.]+)s, ([\d.]+) req/s")]
    private static partial Regex Finished();

    [GeneratedRegex(@"requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout")]
    private static partial Regex Requests();

    [GeneratedRegex(@"status codes: (\d+) 2xx, (\d+) 3xx, (\d+) 4xx, (\d+) 5xx")]
    private static partial Regex StatusCodes();

    [GeneratedRegex(@"traffic: .*\((\d+)\) data")]
    private static partial Regex Traffic();
}
