using Hub.JobMatching.Consumers;
using Hub.JobMatching.Figures;
using Hub.JobMatching.JobSeekers;
using Hub.JobMatching.Options;
using Hub.JobMatching.Proposals;
using Hub.JobMatching.Vacancies;
using Hub.Messaging;
using Microsoft.Extensions.Options;

namespace Hub.JobMatching;

public static class JobMatchingServiceExtensions
{
    public static IHostApplicationBuilder AddJobMatching(this IHostApplicationBuilder builder)
    {
        builder.AddDurableDbContext<MatchingDb>("Matching");
        var services = builder.Services;
        services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => FocusAreas.Load(ResolveAreasFile(provider.GetRequiredService<IOptions<MatchingOptions>>().Value.AreasFile)));
        services.AddSingleton<IJobMatcher>(provider => new MatchingEngine(provider.GetRequiredService<FocusAreas>()));
        services.AddSingleton<EngineSync>();
        services.AddHostedService<EngineLoader>();
        services.AddScoped<MatchingInbox>();
        services.AddSingleton<MatchingBatches>();
        services.AddScoped<VacancyRegistry>();
        services.AddScoped<JobSeekerRegistry>();
        services.AddScoped<ProposalPlanner>();
        services.AddScoped<ProposalLifecycle>();
        services.AddScoped<ProposalViews>();
        services.AddScoped<VacancyListQuery>();
        services.AddScoped<JobSeekerListQuery>();
        services.AddScoped<AreaFiguresQuery>();
        services.AddHostedService<ProposalExpiry>();
        return builder;
    }

    public static void AddJobMatchingConsumers(this IBusRegistrationConfigurator bus)
    {
        // Matching changes take turns on one lock (EngineSync); the messages in flight wait without a database connection
        // and go together in the next batch (MatchingBatches), so as many may wait as one batch takes.
        bus.AddConsumer<VacancyPublishedConsumer>().Endpoint(MatchingChanges);
        bus.AddConsumer<VacancyWithdrawnConsumer>().Endpoint(MatchingChanges);
        bus.AddConsumer<JobSeekerRegisteredConsumer>().Endpoint(MatchingChanges);
        bus.AddConsumer<JobSeekerWithdrawnConsumer>().Endpoint(MatchingChanges);
        bus.AddConsumer<ProposalAnsweredConsumer>().Endpoint(MatchingChanges);
        bus.AddConsumer<PlacementReportedConsumer>().Endpoint(MatchingChanges);
        bus.AddConsumer<GetVacancyConsumer>();
        bus.AddConsumer<GetVacanciesConsumer>();
        bus.AddConsumer<GetVacancyProposalsConsumer>();
        bus.AddConsumer<GetJobSeekerProposalsConsumer>();
        bus.AddConsumer<GetJobSeekersConsumer>();
        bus.AddConsumer<GetAreaFiguresConsumer>();
    }

    private static void MatchingChanges(IEndpointRegistrationConfigurator endpoint) => endpoint.ConcurrentMessageLimit = MatchingBatches.MaxBatch;

    /// <summary>A relative areas file is looked up next to the service's binaries, where the build copies seeds/areas.json.</summary>
    private static string ResolveAreasFile(string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
