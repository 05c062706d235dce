namespace Hub.Local;

public static class EmbeddedDefaults
{
    /// <summary>DEMO ONLY: the embedded run's pseudonymisation keys. A deployment sets its own secret keys.</summary>
    private const string DemoPseudonymisationKey = "pDkdmhYQ6zkh9WiM3rfTQ93+ZILHc8LJjOoyvSXn9W0=";
    private const string DemoSignalsPseudonymKey = "nUhkV2SKyrccDf+ghj8i3eyBDjM+7i4lFe4UD281YEA=";
    /// <summary>DEMO ONLY: the hash key of seeds/partners.json's API key hashes.</summary>
    private const string DemoApiKeyHashKey = "DEMO-ONLY-api-key-hash-key-see-seeds-README";

    /// <summary>
    /// Finds the repository's seeds and data folders, so the two README commands work from any directory. The demo's
    /// secrets (pseudonymisation keys, the partner registry with its published API keys, the console and portal users with their
    /// published passwords) apply only in Development, as `dotnet run` starts it (launchSettings.json): anywhere else
    /// the Hub refuses to start until they are set (Hub:Pseudonymisation:Key, Hub:Signals:PseudonymKey, Hub:PartnersFile,
    /// Hub:ApiKeys:HashKey, Hub:Operations:UsersFile).
    /// </summary>
    public static IHostApplicationBuilder AddEmbeddedDefaults(this IHostApplicationBuilder builder)
    {
        var root = FindRepositoryRoot();
        var seeds = builder.Configuration["Hub:SeedsDirectory"] ?? Path.Combine(root, "seeds");
        var settings = new Dictionary<string, string?>
        {
            ["Hub:SeedsDirectory"] = seeds,
            ["Database:DataDirectory"] = builder.Configuration["Database:DataDirectory"] ?? Path.Combine(root, "data"),
            ["Hub:Matching:AreasFile"] = builder.Configuration["Hub:Matching:AreasFile"] ?? Path.Combine(seeds, "areas.json"),
            ["Hub:Signals:PoliciesFile"] = builder.Configuration["Hub:Signals:PoliciesFile"] ?? Path.Combine(seeds, "signal-policies.json"),
        };
        if (builder.Environment.IsDevelopment())
        {
            settings["Hub:PartnersFile"] = builder.Configuration["Hub:PartnersFile"] ?? Path.Combine(seeds, "partners.json");
            settings["Hub:Pseudonymisation:Key"] = builder.Configuration["Hub:Pseudonymisation:Key"] ?? DemoPseudonymisationKey;
            settings["Hub:ApiKeys:HashKey"] = builder.Configuration["Hub:ApiKeys:HashKey"] ?? DemoApiKeyHashKey;
            settings["Hub:Signals:PseudonymKey"] = builder.Configuration["Hub:Signals:PseudonymKey"] ?? DemoSignalsPseudonymKey;
            settings["Hub:Operations:UsersFile"] = builder.Configuration["Hub:Operations:UsersFile"] ?? Path.Combine(seeds, "console-users.json");
            settings["Hub:Portal:UsersFile"] = builder.Configuration["Hub:Portal:UsersFile"] ?? Path.Combine(seeds, "portal-users.json");
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection(PortalBesideTheGateway(builder.Configuration));
        return builder;
    }

    /// <summary>
    /// The portal in the same process calls the gateway at this process's own address, with a token key made at start
    /// and shared by the two (nothing to configure, nothing that outlives the process), unless both are configured.
    /// </summary>
    private static Dictionary<string, string?> PortalBesideTheGateway(IConfiguration configuration)
    {
        var key = configuration["Hub:Portal:TokenKey"] ?? configuration["Hub:Gateway:PortalTokens:SigningKey"]
            ?? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var first = (configuration["urls"] ?? "http://localhost:5080").Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        var own = new UriBuilder(first.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal));
        return new()
        {
            ["Hub:Portal:TokenKey"] = key,
            ["Hub:Gateway:PortalTokens:SigningKey"] = key,
            ["Hub:Portal:GatewayAddress"] = configuration["Hub:Portal:GatewayAddress"] ?? own.Uri.ToString(),
        };
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "seeds", "partners.json")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Cannot find the seeds folder; run from the repository or set Hub:SeedsDirectory.");
    }
}
