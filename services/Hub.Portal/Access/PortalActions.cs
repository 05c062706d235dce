namespace Hub.Portal.Access;

/// <summary>The names of what a portal user can do, as the action log records them.</summary>
public static class PortalActions
{
    public const string SignIn = "sign-in";
    public const string SignOut = "sign-out";
    public const string AcceptInvitation = "accept-invitation";
    public const string InviteUser = "invite-user";
    public const string RemoveUser = "remove-user";
    public const string PublishVacancy = "publish-vacancy";
    public const string UpdateVacancy = "update-vacancy";
    public const string WithdrawVacancy = "withdraw-vacancy";
    public const string ReadProposals = "read-proposals";
    public const string ReportPlacement = "report-placement";
    public const string RegisterSeeker = "register-seeker";
    public const string ReadSeekers = "read-seekers";
    public const string AnswerProposal = "answer-proposal";
    public const string RaiseSignal = "raise-signal";
    public const string ReadSignal = "read-signal";
    public const string ReadDeliveries = "read-deliveries";
    public const string AcknowledgeDelivery = "acknowledge-delivery";
    public const string ReportOutcome = "report-outcome";
    public const string ReadCases = "read-cases";
    public const string RecordConsent = "record-consent";
    public const string RevokeConsent = "revoke-consent";
    public const string SubjectAccess = "subject-access";

    public const string Ok = "ok";
    public const string Accepted = "accepted";
    public const string Refused = "refused";
    public const string WrongPassword = "wrong-password";
    public const string Locked = "locked";
    public const string NoAccount = "no-account";
}
