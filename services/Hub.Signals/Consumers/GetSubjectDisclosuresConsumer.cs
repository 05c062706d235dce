using Hub.Signals.Access;

namespace Hub.Signals.Consumers;

public sealed class GetSubjectDisclosuresConsumer(SubjectAccess access) : IConsumer<GetSubjectDisclosures>
{
    public async Task Consume(ConsumeContext<GetSubjectDisclosures> context)
    {
        var (disclosures, refusal) = await access.For(context.Message, context.CancellationToken);
        if (disclosures is null)
        {
            await context.RespondAsync(new SubjectAccessRefused { SubjectPseudonym = context.Message.SubjectPseudonym, Reason = refusal! });
            return;
        }
        await context.RespondAsync(disclosures);
    }
}
