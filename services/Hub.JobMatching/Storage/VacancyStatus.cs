namespace Hub.JobMatching.Storage;

public enum VacancyStatus
{
    Open,
    Withdrawn,
    Filled,
}
