using Hub.LoadTests.Measuring;

namespace Hub.LoadTests.Scenarios;

/// <summary>What the intake and latency phases run against, the Hub or the peer: its vacancy owners, its subscriber, its vhost (drained after each phase) and its processes' meters.</summary>
internal sealed record IntakeTarget(string Name, string VirtualHost, IVacancyOwners Owners, IIntakeProbe Probe, IReadOnlyList<ProcessMeter> Meters);
