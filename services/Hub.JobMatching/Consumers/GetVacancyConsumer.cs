using Hub.JobMatching.Vacancies;

namespace Hub.JobMatching.Consumers;

/// <summary>Answers a partner's read of its own vacancy; another partner's vacancy does not exist for it.</summary>
public sealed class GetVacancyConsumer(VacancyRegistry vacancies) : IConsumer<GetVacancy>
{
    public async Task Consume(ConsumeContext<GetVacancy> context)
    {
        var vacancy = await vacancies.FindOwned(context.Message.VacancyId, context.Message.RequestedBy, context.CancellationToken);
        if (vacancy is null)
        {
            await context.RespondAsync(new VacancyNotFound { VacancyId = context.Message.VacancyId });
            return;
        }
        await context.RespondAsync(VacancyMapping.ToDetails(vacancy));
    }
}
