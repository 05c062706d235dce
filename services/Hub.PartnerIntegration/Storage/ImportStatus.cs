namespace Hub.PartnerIntegration.Storage;

public enum ImportStatus
{
    InProgress,
    Completed,
    /// <summary>At least one row was bad: nothing of the export was published.</summary>
    Rejected,
}
