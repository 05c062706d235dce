using Hub.Contracts.Matching;
using Hub.JobMatching.Vacancies;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class VacancyWithdrawnConsumer(MatchingInbox inbox, VacancyRegistry vacancies) : IConsumer<VacancyWithdrawn>
{
    public Task Consume(ConsumeContext<VacancyWithdrawn> context) =>
        inbox.ProcessOnce(context, cancellationToken => vacancies.Withdraw(context.Message, cancellationToken));
}
