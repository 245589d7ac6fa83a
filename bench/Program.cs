// --- imports suite (bench/Import): `dotnet run -c Release --project bench -- import [values]` ---
if (args is ["import", .. var importArgs])
{
    return await CchcGrpc.Bench.Import.ImportBench.RunAsync(importArgs);
}
// --- end imports suite ---

Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <suite>");
return 2;
