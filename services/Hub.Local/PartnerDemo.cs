using Hub.Housing;
using Hub.Police;
using Hub.Schools;
using MassTransit;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace Hub.Local;

/// <summary>
/// The three partner adapters in the embedded run, configured from seeds/partner-adapters.json: drop folders under the
/// data directory, filled at start with the sample exports from seeds/exports (an export imported before is
/// recognised by its content and skipped), and webhooks to the simulated partners (tests/Hub.PartnerSimulator).
/// </summary>
public static class PartnerDemo
{
    private static readonly string[] Adapters = [HousingServiceExtensions.Name, SchoolsServiceExtensions.Name, PoliceServiceExtensions.Name];

    public static IHostApplicationBuilder AddPartnerAdapters(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // Before the environment variables, so they and the command line still override the demo partners.
        var demoPartners = new JsonConfigurationSource { Path = Path.Combine(configuration["Hub:SeedsDirectory"]!, "partner-adapters.json"), Optional = true };
        demoPartners.ResolveFileProvider();
        var sources = configuration.Sources;
        var environment = sources.OfType<EnvironmentVariablesConfigurationSource>().FirstOrDefault(s => string.IsNullOrEmpty(s.Prefix));
        sources.Insert(environment is null ? sources.Count : sources.IndexOf(environment), demoPartners);
        var drops = new Dictionary<string, string?>();
        foreach (var adapter in Adapters)
        {
            foreach (var partner in configuration.GetSection($"Hub:{adapter}:Partners").GetChildren())
            {
                if (partner["DropFolder"] is { Length: > 0 } folder && !Path.IsPathRooted(folder))
                {
                    drops[$"{partner.Path}:DropFolder"] = Path.Combine(configuration["Database:DataDirectory"]!, folder);
                }
            }
        }
        configuration.AddInMemoryCollection(drops);
        builder.AddHousing();
        builder.AddSchools();
        builder.AddPolice();
        builder.Services.AddHostedService<DemoExportsCopier>();
        return builder;
    }

    public static void AddPartnerAdapterConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddHousingConsumers();
        bus.AddSchoolsConsumers();
        bus.AddPoliceConsumers();
    }

    internal static IEnumerable<string> DropFolders(IConfiguration configuration) =>
        Adapters.SelectMany(adapter => configuration.GetSection($"Hub:{adapter}:Partners").GetChildren())
            .Select(partner => partner["DropFolder"])
            .OfType<string>();
}
