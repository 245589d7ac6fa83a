Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- <suite>");
return 2;
