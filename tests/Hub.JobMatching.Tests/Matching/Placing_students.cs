using Hub.JobMatching.Matching;

namespace Hub.JobMatching.Tests.Matching;

public class Placing_students
{
    private static readonly VacancyProfile LearnWorkPlace = Profiles.Vacancy() with
    {
        IsRecoveryJob = false,
        IsLearnWorkPlace = true,
        StartDate = new DateOnly(2027, 8, 15),
        ClosingDate = new DateOnly(2027, 7, 1),
    };

    private static SeekerProfile Student(string pseudonym) => Profiles.Outsider(pseudonym) with
    {
        IsStudent = true,
        Skills = [],
        AvailableFrom = new DateOnly(2027, 7, 1),
    };

    [Fact]
    public void Ranks_students_with_a_job_guarantee_first_for_learn_work_places()
    {
        var guaranteed = Student("student") with { HasJobGuarantee = true };
        using var engine = Profiles.Engine([Profiles.Seeker("adult"), guaranteed], LearnWorkPlace);

        var ranked = engine.RankSeekersFor(LearnWorkPlace.Id, 10, Profiles.Today);

        Assert.Equal(["student", "adult"], ranked.Pseudonyms());
        Assert.Contains("priority: student with a job guarantee", ranked[0].Reasons);
    }

    [Fact]
    public void Ranks_students_who_need_a_place_before_their_deadline_first()
    {
        var needsPlace = Student("student") with { LearnWorkDeadline = new DateOnly(2027, 9, 1) };
        using var engine = Profiles.Engine([Profiles.Seeker("adult"), needsPlace], LearnWorkPlace);

        var ranked = engine.RankSeekersFor(LearnWorkPlace.Id, 10, Profiles.Today);

        Assert.Equal(["student", "adult"], ranked.Pseudonyms());
        Assert.Contains("priority: student who needs a learn-work place", ranked[0].Reasons);
        Assert.Contains("place starts before the learn-work deadline", ranked[0].Reasons);
    }

    [Fact]
    public void Lets_other_seekers_take_a_learn_work_place_too()
    {
        using var engine = Profiles.Engine([Profiles.Seeker("adult")], LearnWorkPlace);

        var candidate = Assert.Single(engine.RankSeekersFor(LearnWorkPlace.Id, 10, Profiles.Today));

        Assert.False(candidate.IsPriority);
    }

    [Fact]
    public void Gives_students_with_a_job_guarantee_priority_for_recovery_jobs()
    {
        var graduate = Student("graduate") with { HasJobGuarantee = true, AvailableFrom = Profiles.Today };
        using var engine = Profiles.Engine([graduate, Profiles.Outsider("outsider")], Profiles.Vacancy());

        var ranked = engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today);

        Assert.Equal(["graduate", "outsider"], ranked.Pseudonyms());
        Assert.True(ranked[0].IsPriority);
    }

    [Fact]
    public void Finds_learn_work_places_for_a_student()
    {
        var needsPlace = Student("student") with { LearnWorkDeadline = new DateOnly(2027, 9, 1) };
        using var engine = Profiles.Engine([needsPlace], LearnWorkPlace, Profiles.Vacancy(2) with { IsRecoveryJob = false });

        var ranked = engine.RankVacanciesFor("student", 10, Profiles.Today);

        Assert.Equal([LearnWorkPlace.Id], ranked.Select(v => v.VacancyId));
        Assert.True(ranked[0].IsPriority);
    }
}
