using Hub.Contracts.Matching;
using Hub.JobMatching.Vacancies;
using Hub.JobMatching.Storage;
using Hub.Messaging.Inbox;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class VacancyWithdrawnConsumer(Inbox<MatchingDb> inbox, VacancyRegistry vacancies) : IConsumer<VacancyWithdrawn>
{
    public Task Consume(ConsumeContext<VacancyWithdrawn> context) =>
        inbox.ProcessOnce(context, cancellationToken => vacancies.Withdraw(context.Message, cancellationToken));
}
