using Hub.Contracts.Signals;
using Hub.Signals.Policies;
using MassTransit;

namespace Hub.Signals.Consumers;

public sealed class GetSignalPolicyConsumer(SignalPolicy policy) : IConsumer<GetSignalPolicy>
{
    public Task Consume(ConsumeContext<GetSignalPolicy> context) => context.RespondAsync(policy.Describe());
}
