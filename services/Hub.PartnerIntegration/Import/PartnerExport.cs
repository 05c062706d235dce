namespace Hub.PartnerIntegration.Import;

/// <summary>One export the partner's API offers: its id and kind (vacancies, signals, students, absence).</summary>
public sealed record PartnerExport(string Id, string Kind);
