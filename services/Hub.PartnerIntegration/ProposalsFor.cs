namespace Hub.PartnerIntegration;

/// <summary>Which proposals an adapter pushes to its partners.</summary>
public enum ProposalsFor
{
    None,
    /// <summary>Proposals for the partner's own vacancies (the partner employs).</summary>
    Vacancies,
    /// <summary>Proposals about residents the partner registered (a school's students).</summary>
    Students,
}
