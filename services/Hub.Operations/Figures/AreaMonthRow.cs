namespace Hub.Operations.Figures;

/// <summary>One area and month for the charts: job matching's figures plus the signals raised there.</summary>
public sealed record AreaMonthRow(string AreaId, string Month, int Vacancies, int Proposals, int Acceptances, int Placements, int Signals);
