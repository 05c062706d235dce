using Hub.JobMatching.Vacancies;

namespace Hub.JobMatching.Consumers;

public sealed class VacancyWithdrawnConsumer(MatchingBatches matching) : IConsumer<VacancyWithdrawn>
{
    public Task Consume(ConsumeContext<VacancyWithdrawn> context) =>
        matching.Apply<VacancyRegistry>(context, (vacancies, cancellationToken) => vacancies.Withdraw(context.Message, cancellationToken));
}
