Console.Error.WriteLine("cchc-server: not wired yet.");
return 1;
