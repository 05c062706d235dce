using Hub.Contracts.Matching;
using Hub.JobMatching.Matching;
using Hub.JobMatching.Vacancies;
using MassTransit;

namespace Hub.JobMatching.Consumers;

public sealed class VacancyWithdrawnConsumer(MatchingBatches matching) : IConsumer<VacancyWithdrawn>
{
    public Task Consume(ConsumeContext<VacancyWithdrawn> context) =>
        matching.Apply<VacancyRegistry>(context, (vacancies, cancellationToken) => vacancies.Withdraw(context.Message, cancellationToken));
}
