using Hub.Contracts.Matching;
using Hub.JobMatching.Matching;
using Hub.JobMatching.Vacancies;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class VacancyPublishedConsumer(MatchingBatches matching) : IConsumer<VacancyPublished>
{
    public Task Consume(ConsumeContext<VacancyPublished> context) =>
        matching.Apply<VacancyRegistry>(context, (vacancies, cancellationToken) => vacancies.Register(context.Message, cancellationToken));
}
