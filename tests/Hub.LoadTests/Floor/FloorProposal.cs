namespace Hub.LoadTests.Floor;

/// <summary>One proposal row as job matching stores it (the contact and answer columns are empty when it is made).</summary>
internal sealed record FloorProposal(Guid Id, string SubjectPseudonym, int Rank, bool IsPriority, int Score, string[] Reasons, string? FocusAreaId, DateTime ProposedAt);
