using CchcGrpc.Bench.Wire;

namespace CchcGrpc.Bench;

/// <summary>The command line help.</summary>
internal static class Usage
{
    public static int Print(TextWriter output)
    {
        output.WriteLine($"""
            usage: dotnet run -c Release --project bench -- <suite> [options]

            suites:
              wire    unary Echo throughput and p50/p99 latency, one load generator (h2load) against
                      five servers answering /cchc.bench.BenchService/Echo:
                        ours      this project's server as it ships (grpc-dotnet, our interceptors),
                                  own process, Server GC, per-call log off
                        ours-log  the same with the per-call Information log on (the default)
                        kestrel   bare Kestrel HTTP/2 writing pre-framed bytes (the stack's ceiling)
                        grpcio    Python grpcio (grpc.aio, generic handler)
                        grpc-js   Node @grpc/grpc-js
                      prints a table and writes it to bench/results/wire.md.
              national  a generated national dataset (5,000 units, the catalog's indicators, 7 periods)
                      loaded into a fresh SQLite file; over the wire: a country roll-up, ranking every
                      commune, GetReport p50/p99 with 50 clients (paced runs in --rounds, default 5,
                      median round reported); writes bench/results/national.md
                      (options: --units --indicators --periods --clients --seconds --runs --rounds --db
                      --reuse (serve the dataset an earlier run left in --db) --analyze --explain)
              import [values] [--rounds N] [--server-dll PATH]
                      streams generated values (default 1,000,000) over cchc.v1.Imports/ImportValues
                      to the built cchc-server on a fresh file, against the ceiling of raw SQLite
                      insertion of the same rows; N rounds (default 3) alternate ceiling and import,
                      the median ratio is reported with CPU and peak memory; writes
                      bench/results/import.md (build the solution in Release first)
              import-cli [--sizes 250000,1000000,4000000] [--appendix-copies 25,100,400|0]
                         [--client-dll PATH] [--heap-limit MB] [--no-write] [--keep]
                      the real `cchc import` of those values written as long CSVs, and of the seed
                      appendix repeated into ever longer texts, into the built server: the client's
                      peak memory (/usr/bin/time) against each file's size, wall and CPU time, the
                      CSVs again (replayed by key); --heap-limit caps the client's GC heap; --keep
                      leaves the inputs and databases in the temporary folder;
                      writes bench/results/import-cli.md
              tui [--idle S] [--screens-only|--wire-only] [--no-write]
                      the terminal client on a slow link: bytes per keystroke (typing, row moves,
                      paging), idle bytes and the first draw of the real cchc entry screen in tmux at
                      80×24 and 120×40, Terminal.Gui as shipped against the slow-link layer; bytes
                      on the wire to open a report and save a value (built server); writes
                      bench/results/tui.md (needs tmux)

            wire options:
              --warmup <s>        warm-up run per server, discarded (default {WireOptions.Defaults.WarmupSeconds})
              --duration <s>      length of each measured run (default {WireOptions.Defaults.DurationSeconds})
              --runs <n>          measured runs per server; the median by req/s is reported (default {WireOptions.Defaults.Runs})
              -c, --connections <n>
                      h2load connections (default {WireOptions.Defaults.Connections})
              -m, --streams <n>   h2load concurrent streams per connection (default {WireOptions.Defaults.Streams})
              --servers <list>    comma-separated subset of ours,ours-log,kestrel,grpcio,grpc-js (default: all)
              --no-pin            do not pin (by default, with 2+ cores, the server runs on CPU 1 and
                                  h2load on CPU 0 through taskset, so every server gets the same core)
              --quiet-wait <s>    before each measured run, wait up to this long for the machine to be
                                  nearly idle (it may be shared; default {WireOptions.Defaults.QuietWaitSeconds}, 0 = never;
                                  at most {WireOptions.QuietWaitBudgetSeconds} s over the whole suite)
              --out <file>        markdown output (default bench/results/wire.md)
              --no-write          print the table only

            prerequisites (each missing one is reported with its install command):
              apt-get install nghttp2-client protobuf-compiler python3-grpcio python3-protobuf nodejs npm
              npm ci --prefix bench/peers/node
            """);
        return 0;
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"bench: {message}");
        Console.Error.WriteLine("run with --help for usage.");
        return 2;
    }
}
