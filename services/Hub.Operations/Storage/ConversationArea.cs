namespace Hub.Operations.Storage;

/// <summary>The focus area of a conversation, learnt from the first message in it that names one.</summary>
public sealed class ConversationArea
{
    public Guid ConversationId { get; set; }
    public required string AreaId { get; set; }
}
