namespace Hub.JobMatching.Matching;

/// <summary>The benefit a job seeker receives. Employers never see the type, only "on benefits for N months".</summary>
public enum BenefitType
{
    None,
    /// <summary>Unemployment insurance (WW).</summary>
    Ww,
    /// <summary>Social assistance (Participatiewet).</summary>
    Bijstand,
    /// <summary>Young disabled persons' benefit.</summary>
    Wajong,
    /// <summary>Work-capacity benefit (WIA/WGA).</summary>
    Wia,
    Other,
}
