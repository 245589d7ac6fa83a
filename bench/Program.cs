using CchcGrpc.Bench.National;

switch (args.FirstOrDefault())
{
    // national suite (bench/National), owned by the natbench branch
    case "national": return await NationalBench.RunAsync(args);
}

Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <suite>");
return 2;
