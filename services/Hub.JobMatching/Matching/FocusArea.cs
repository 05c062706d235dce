namespace Hub.JobMatching.Matching;

/// <summary>One focus area of the programme, as configured in <c>seeds/areas.json</c>.</summary>
/// <param name="Id">Stable id, e.g. <c>leeuwarden-oost</c>; partners and figures refer to it.</param>
/// <param name="Pc4Codes">The four-digit postcode areas the focus area covers.</param>
public sealed record FocusArea(string Id, string Name, string Municipality, IReadOnlyList<string> Pc4Codes);
