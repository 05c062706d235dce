// Nothing runs here: `dotnet ef` loads this project to find the design-time factories (scripts/add-migration.sh).
Console.Error.WriteLine("Hub.MigrationsDesign is used by scripts/add-migration.sh, not run.");
return 1;
