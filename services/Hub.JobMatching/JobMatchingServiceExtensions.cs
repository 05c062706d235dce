using Hub.JobMatching.Consumers;
using Hub.JobMatching.Storage;
using Hub.JobMatching.Vacancies;
using Hub.Messaging;
using MassTransit;

namespace Hub.JobMatching;

public static class JobMatchingServiceExtensions
{
    public static IHostApplicationBuilder AddJobMatching(this IHostApplicationBuilder builder)
    {
        builder.AddDurableDbContext<MatchingDb>("Matching");
        builder.Services.AddScoped<VacancyRegistry>();
        return builder;
    }

    public static void AddJobMatchingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<VacancyPublishedConsumer>();
        bus.AddConsumer<GetVacancyConsumer>();
    }
}
