using Hub.Gateway;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests;

/// <summary>The gateway in memory with MassTransit's test harness as its bus and the demo partners of seeds/.</summary>
public sealed class GatewayApplication : WebApplicationFactory<GatewayOptions>
{
    public const string EmployerKey = "demo-employer-key-installatie-oost";
    public const string EmployerId = "00000001820029336000";
    public const string HousingKey = "demo-housing-key-elkien";
    public const string SchoolKey = "demo-school-key-friese-poort";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:PartnersFile", Path.Combine(RepoRoot(), "seeds", "partners.json"));
        builder.UseSetting("Hub:Messaging:Transport", "InMemory");
        builder.ConfigureTestServices(services => services.AddMassTransitTestHarness(bus => bus.AddGatewayClients()));
    }

    public ITestHarness Harness => Services.GetTestHarness();

    public HttpClient ClientFor(string? apiKey)
    {
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        return client;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Hub.sln not found above the test directory.");
    }
}
