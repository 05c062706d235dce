namespace Hub.PartnerIntegration.Translation;

/// <summary>What is wrong with one field of one row. Never holds the field's value: it could be a BSN.</summary>
public sealed record RowError(int Line, string Field, string Problem)
{
    public override string ToString() => $"row {Line}, field '{Field}': {Problem}";
}
