using Hub.Signals.Matching;

namespace Hub.Signals.Consumers;

public sealed class GetMultiProblemCasesConsumer(CaseViews cases) : IConsumer<GetMultiProblemCases>
{
    public async Task Consume(ConsumeContext<GetMultiProblemCases> context) =>
        await context.RespondAsync(await cases.For(context.Message.RecipientOrganisation, context.CancellationToken));
}
