using Hub.JobMatching.Vacancies;

namespace Hub.JobMatching.Consumers;

public sealed class VacancyPublishedConsumer(MatchingBatches matching) : IConsumer<VacancyPublished>
{
    public Task Consume(ConsumeContext<VacancyPublished> context) =>
        matching.Apply<VacancyRegistry>(context, (vacancies, cancellationToken) => vacancies.Register(context.Message, cancellationToken));
}
