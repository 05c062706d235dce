using Hub.Contracts.Matching;
using Hub.JobMatching.Vacancies;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class VacancyPublishedConsumer(MatchingInbox inbox, VacancyRegistry vacancies) : IConsumer<VacancyPublished>
{
    public Task Consume(ConsumeContext<VacancyPublished> context) =>
        inbox.ProcessOnce(context, cancellationToken => vacancies.Register(context.Message, cancellationToken));
}
