using Hub.JobMatching.Vacancies;

namespace Hub.JobMatching.Consumers;

/// <summary>Lists a partner's own vacancies; another partner's are never among them.</summary>
public sealed class GetVacanciesConsumer(VacancyListQuery vacancies) : IConsumer<GetVacancies>
{
    public async Task Consume(ConsumeContext<GetVacancies> context) =>
        await context.RespondAsync(await vacancies.For(context.Message, context.CancellationToken));
}
