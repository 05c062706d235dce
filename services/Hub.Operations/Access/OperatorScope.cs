namespace Hub.Operations.Access;

/// <summary>
/// What one signed-in operator may see: all areas (hub-wide operators and admins) or only their municipality's
/// areas. Audit records without a known area are hub-wide and hidden from area-scoped operators.
/// </summary>
public sealed record OperatorScope(IReadOnlyList<string>? Areas)
{
    public static readonly OperatorScope Everything = new((IReadOnlyList<string>?)null);

    public bool IsEverything => Areas is null;

    public bool Allows(string? areaId) => Areas is null || (areaId is not null && Areas.Contains(areaId));
}
