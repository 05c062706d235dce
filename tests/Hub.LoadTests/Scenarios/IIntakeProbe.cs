using System.Collections.Concurrent;

namespace Hub.LoadTests.Scenarios;

/// <summary>A subscriber's Stopwatch timestamps per vacancy id: when its VacancyRegistered and its first ProposalMade arrived.</summary>
internal interface IIntakeProbe
{
    ConcurrentDictionary<Guid, long> Registered { get; }
    ConcurrentDictionary<Guid, long> FirstProposal { get; }
}
