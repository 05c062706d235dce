using Hub.Contracts.Matching;
using Hub.JobMatching.Storage;
using Hub.JobMatching.Vacancies;
using Hub.Messaging.Inbox;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class VacancyPublishedConsumer(Inbox<MatchingDb> inbox, VacancyRegistry vacancies) : IConsumer<VacancyPublished>
{
    public Task Consume(ConsumeContext<VacancyPublished> context) =>
        inbox.ProcessOnce(context, cancellationToken => vacancies.Register(context.Message, cancellationToken));
}
