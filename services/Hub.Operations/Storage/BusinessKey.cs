namespace Hub.Operations.Storage;

/// <summary>A business id (vacancy, proposal, signal, organisation ...) and a message that carried it: search by business id.</summary>
public sealed class BusinessKey
{
    public required string Value { get; set; }
    public Guid MessageId { get; set; }
}
