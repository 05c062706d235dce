using Hub.LoadTests;

// dotnet run -c Release --project tests/Hub.LoadTests -- all   (see docs/performance.md)
return await LoadHarness.RunAsync(LoadOptions.Parse(args));
