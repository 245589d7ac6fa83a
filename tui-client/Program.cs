// The cchc client: verbs arrive with the reporting-core issues; until then it says so plainly.
Console.Error.WriteLine("cchc: no verbs yet. See README.md.");
return 2;
