using System.Text.Json;
using Hub.Contracts.Matching;
using MassTransit;

namespace Hub.Local;

/// <summary>Publishes the demo vacancies from seeds/ at start, with fixed ids so a restart adds nothing twice.</summary>
internal sealed class DemoDataLoader(IBus bus, IConfiguration configuration, TimeProvider clock, ILogger<DemoDataLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var file = Path.Combine(configuration["Hub:SeedsDirectory"]!, "demo-vacancies.json");
        if (!File.Exists(file))
        {
            return;
        }
        await using var stream = File.OpenRead(file);
        var seeds = await JsonSerializer.DeserializeAsync<DemoVacancy[]>(stream, JsonSerializerOptions.Web, stoppingToken) ?? [];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var seed in seeds)
        {
            var message = seed.ToMessage(today);
            await bus.Publish(message, context => context.MessageId = message.VacancyId, stoppingToken);
        }
        logger.LogInformation("Demo data: {Count} vacancies published", seeds.Length);
    }
}
