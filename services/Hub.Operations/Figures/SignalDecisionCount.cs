namespace Hub.Operations.Figures;

/// <summary>How many signal deliveries or withholdings per category, basis (or reason) and area. Counts only.</summary>
public sealed record SignalDecisionCount(string Decision, string Category, string BasisOrReason, string Area, int Count);
