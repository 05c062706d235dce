namespace Hub.LoadTests.Peer;

/// <summary>The peer's RabbitMQ objects, on a vhost of its own.</summary>
public static class PeerQueues
{
    /// <summary>VacancyPublished from the HTTP endpoint's outbox to the matching handler.</summary>
    public const string VacancyPublished = "peer-vacancy-published";
    /// <summary>Fanout exchange for ProposalMade and VacancyRegistered, the matching handler's outgoing events.</summary>
    public const string MatchingEvents = "peer-matching-events";
}
