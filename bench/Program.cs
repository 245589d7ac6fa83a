using CchcGrpc.Bench;
using CchcGrpc.Bench.National;
using CchcGrpc.Bench.Wire;

// Verbs: the public suites, and hidden serve-* verbs by which the harness runs each .NET server
// under test in its own process (this same executable, re-invoked).
try
{
    return args switch
    {
        [] or ["--help" or "-h" or "help", ..] => Usage.Print(Console.Out),
        ["wire", "--help" or "-h"] => Usage.Print(Console.Out),
        ["wire", .. var rest] => await WireSuite.RunAsync(WireOptions.Parse(rest)),
        ["national", ..] => await NationalBench.RunAsync(args),
        ["import-cli", .. var cliArgs] => await CchcGrpc.Bench.Import.CliImportBench.RunAsync(cliArgs), // the real cchc client's memory: bench/Import
        ["import", .. var importArgs] => await CchcGrpc.Bench.Import.ImportBench.RunAsync(importArgs), // imports suite: bench/Import
        ["tui", .. var tuiArgs] => await CchcGrpc.Bench.Tui.TuiBench.RunAsync(tuiArgs), // terminal client bytes: bench/Tui
        ["serve-ours", .. var configuration] => await OursServer.RunAsync(configuration),
        ["serve-kestrel"] => await KestrelBaselineServer.RunAsync(),
        _ => Usage.Fail($"unknown arguments: {string.Join(' ', args)}"),
    };
}
catch (BenchFailure failure)
{
    Console.Error.WriteLine($"bench: {failure.Message}");
    return 1;
}
