using MassTransit;

namespace Hub.Messaging.Inbox;

/// <summary>One message of a batch for <see cref="Inbox{TDb}.ProcessBatch"/> and the effect to apply for it.</summary>
public sealed record InboxWork(ConsumeContext Context, Func<CancellationToken, Task> Work);
