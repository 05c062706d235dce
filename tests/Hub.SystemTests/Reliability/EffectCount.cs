namespace Hub.SystemTests.Reliability;

/// <summary>For one kind of business effect: how many were expected, how many are missing, how many happened more than once.</summary>
public sealed record EffectCount(string Kind, int Expected, int Lost, int Duplicated)
{
    public override string ToString() => $"{Kind}: {Expected} expected, lost {Lost}, duplicated {Duplicated}";
}
