namespace Hub.Local;

internal static class Banner
{
    public static void Print(WebApplication app)
    {
        var address = app.Urls.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine($"""

            The Hub runs embedded (in-memory bus, SQLite in {app.Configuration["Database:DataDirectory"]}).
              Gateway:        {address}/api/v1
              API reference:  {address}/api
              OpenAPI:        {address}/openapi/v1.json
              Health:         {address}/health/ready
              Console:        {address}/ops/  (demo users in README, Operator console)
              Portal:         {address}/portal/  (demo users in README, Partner portal)
            Demo API keys are listed in seeds/README.md. Press Ctrl+C to stop.

            """);
    }
}
