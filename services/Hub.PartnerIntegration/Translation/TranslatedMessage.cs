using Hub.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Hub.PartnerIntegration.Translation;

/// <summary>A Hub message produced from a row, with the stable id it is published under.</summary>
public abstract record TranslatedMessage(Guid MessageId)
{
    public abstract object Body { get; }

    internal abstract void PublishTo<TDb>(Outbox<TDb> outbox) where TDb : DbContext;

    public static TranslatedMessage Of<T>(Guid messageId, T message) where T : class => new Typed<T>(messageId, message);

    private sealed record Typed<T>(Guid Id, T Message) : TranslatedMessage(Id) where T : class
    {
        public override object Body => Message;

        // The outbox names the message by its static type, so the type is kept here rather than lost as object.
        internal override void PublishTo<TDb>(Outbox<TDb> outbox) => outbox.Publish(Message, MessageId);
    }
}
