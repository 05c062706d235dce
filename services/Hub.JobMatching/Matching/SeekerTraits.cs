namespace Hub.JobMatching.Matching;

/// <summary>What decides a seeker's priority tier, in one byte the index can copy.</summary>
[Flags]
internal enum SeekerTraits : byte
{
    None = 0,
    FocusAreaResident = 1,
    OnBenefits = 2,
    Student = 4,
    JobGuarantee = 8,
    LearnWorkDeadline = 16,
}
