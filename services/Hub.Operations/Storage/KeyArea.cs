namespace Hub.Operations.Storage;

/// <summary>
/// The focus area of a business entity (vacancy, proposal, signal delivery ...), by its id, learnt from the first message
/// that carries the id and names or inherits an area. Messages that carry only the id (an answer, a placement, a delivery
/// failure) get the area from here, however far from the first message's conversation they are.
/// </summary>
public sealed class KeyArea
{
    public required string Value { get; set; }
    public required string AreaId { get; set; }
}
