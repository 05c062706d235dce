using FsCheck;
using FsCheck.Fluent;
using Hub.Contracts.Commands;
using Hub.Contracts.Matching;
using Hub.JobMatching.JobSeekers;
using Hub.JobMatching.Proposals;
using Hub.JobMatching.Storage;
using Hub.JobMatching.Vacancies;
using Hub.Messaging.Commands;
using Microsoft.EntityFrameworkCore;

namespace Hub.JobMatching.Tests.Lifecycle;

/// <summary>
/// Random sequences of partners' commands (publish, republish late, withdraw, answer, report a placement, register and
/// withdraw a seeker; from the rightful partner or another one) against job matching's services and database. After
/// every command: the decision is the one the rules give (applied, or refused with the right reason); a refused command
/// changed nothing; every status change is in the life-cycle tables; and no vacancy waits for candidates while a seeker
/// with a free slot, who fits it and was never proposed to it, is left out (every seeker here fits every vacancy).
/// </summary>
public sealed class Commands_in_any_order
{
    private const int SlotsPerSeeker = 2;

    private static readonly Dictionary<string, string?> SmallLimits = new()
    {
        ["Hub:Matching:ProposalsPerPosition"] = "1",
        ["Hub:Matching:MaxOpenProposalsPerSeeker"] = SlotsPerSeeker.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static readonly string[] Postcodes = ["8924AB", "8911AA", "8925AB"];

    [FsCheck.Xunit.Property(MaxTest = 1000, StartSize = 6, EndSize = 24, Arbitrary = [typeof(CommandSequences)])]
    public void Keep_to_the_life_cycle_tables_and_offer_every_freed_seeker(Step[] steps) =>
        RunAsync(steps).GetAwaiter().GetResult();

    [Fact]
    public async Task A_declined_seeker_at_the_cap_goes_to_the_vacancy_that_waited()
    {
        // The case, as a fixed sequence: one seeker at the cap, a further vacancy with no one; a decline frees them.
        await RunAsync(
        [
            new Step(Act.Register, 0, 0, false, false),
            new Step(Act.Publish, 0, 0, false, false),
            new Step(Act.Publish, 1, 0, false, false),
            new Step(Act.Publish, 2, 0, false, false),
            new Step(Act.Answer, 0, 0, false, false),
            new Step(Act.Answer, 1, 0, true, false),
            new Step(Act.Place, 1, 0, false, false),
        ]);
    }

    [Fact]
    public async Task A_hired_seeker_with_a_free_slot_goes_to_the_vacancy_that_waited()
    {
        // Found by the property (shrunk): a hire freed the seeker's slot, but only a rejection offered them further.
        await RunAsync(
        [
            new Step(Act.Publish, 3, 0, false, false),
            new Step(Act.Publish, 4, 0, true, true),
            new Step(Act.Register, 5, 2, false, true),
            new Step(Act.Answer, 1, 0, true, true),
            new Step(Act.Publish, 1, 2, false, true),
            new Step(Act.Place, 1, 0, true, false),
        ]);
    }

    [Fact]
    public async Task A_hire_after_the_vacancy_was_withdrawn_counts_and_leaves_it_withdrawn()
    {
        // Found by the property (shrunk): the accepted candidate of a withdrawn vacancy was hired, and the vacancy went
        // from withdrawn (final) to filled.
        await RunAsync(
        [
            new Step(Act.Register, 0, 2, true, false),
            new Step(Act.Publish, 7, 1, false, false),
            new Step(Act.Answer, 0, 2, true, false),
            new Step(Act.Withdraw, 7, 0, false, true),
            new Step(Act.Place, 0, 2, true, false),
        ]);
    }

    private static async Task RunAsync(Step[] steps)
    {
        await using var rig = await LifecycleRig.StartAsync(SmallLimits);
        var world = new World();
        var before = await Snapshot.Of(rig);
        foreach (var step in steps)
        {
            var (expected, decision) = await ApplyAsync(rig, world, before, step);
            var after = await Snapshot.Of(rig);
            world.Saw(after);
            var context = $"after {step} (expected {expected}, decided {decision.Outcome} {decision.Reason})";

            Assert.True(expected == Decided(decision), $"Wrong decision {context}: {decision.Detail}");
            if (decision.Outcome == CommandOutcomes.Refused)
            {
                Assert.True(before.SameAs(after), $"A refused command changed the state {context}");
            }
            after.AssertTransitionsFrom(before, context);
            after.AssertEveryWaitingVacancyIsOffered(context);
            before = after;
        }
    }

    /// <summary>Builds the step's command, works out what the rules decide from the state before, and applies it.</summary>
    private static async Task<(Expectation Expected, CommandDecision Decision)> ApplyAsync(LifecycleRig rig, World world, Snapshot before, Step step)
    {
        var now = world.Tick();
        switch (step.Act)
        {
            case Act.Publish:
            {
                var id = world.Vacancy(step.Target);
                var employer = step.Rightful ? MatchingHost.EmployerId : World.OtherEmployer;
                // A late version: published before the one stored (a retry that lost a race).
                var publishedAt = step.Flag ? now.AddDays(-1) : now;
                var message = Messages.Vacancy(positions: step.Second ? 2 : 1) with { VacancyId = id, EmployerId = employer, PublishedAt = publishedAt };
                var stored = before.Vacancies.GetValueOrDefault(id);
                var expected = stored is null ? Expectation.Applied
                    : stored.EmployerId != employer ? Expectation.NotYours
                    : stored.Status != VacancyStatus.Open ? Expectation.WrongState
                    : stored.PublishedAt > publishedAt ? Expectation.Stale
                    : Expectation.Applied;
                return (expected, await rig.Apply<VacancyRegistry>((registry, ct) => registry.Register(message, ct)));
            }
            case Act.Withdraw:
            {
                var id = world.Vacancy(step.Target);
                var employer = step.Rightful ? MatchingHost.EmployerId : World.OtherEmployer;
                var stored = before.Vacancies.GetValueOrDefault(id);
                var expected = stored is null ? Expectation.NotFound
                    : stored.EmployerId != employer ? Expectation.NotYours
                    : stored.Status != VacancyStatus.Open ? Expectation.WrongState
                    : Expectation.Applied;
                var message = new VacancyWithdrawn { VacancyId = id, EmployerId = employer, WithdrawnAt = now };
                return (expected, await rig.Apply<VacancyRegistry>((registry, ct) => registry.Withdraw(message, ct)));
            }
            case Act.Answer:
            {
                var id = world.Proposal(step.Target);
                var agency = step.Rightful ? MatchingHost.AgencyId : World.OtherAgency;
                var stored = before.Proposals.GetValueOrDefault(id);
                var expected = stored is null ? Expectation.NotFound
                    : before.Seekers[stored.Seeker].AgencyId != agency ? Expectation.NotYours
                    : stored.Status != ProposalStatus.Proposed ? Expectation.WrongState
                    : Expectation.Applied;
                var message = (step.Flag ? Messages.Accept(id) : Messages.Decline(id)) with { JobAgencyId = agency, AnsweredAt = now };
                return (expected, await rig.Apply<ProposalLifecycle>((lifecycle, ct) => lifecycle.Answer(message, ct)));
            }
            case Act.Place:
            {
                var id = world.Proposal(step.Target);
                var employer = step.Rightful ? MatchingHost.EmployerId : World.OtherEmployer;
                var stored = before.Proposals.GetValueOrDefault(id);
                var expected = stored is null ? Expectation.NotFound
                    : stored.EmployerId != employer ? Expectation.NotYours
                    : stored.Status != ProposalStatus.Accepted ? Expectation.WrongState
                    : Expectation.Applied;
                var message = new PlacementReported { ProposalId = id, EmployerId = employer, Hired = step.Flag, StartDate = Messages.Today.AddDays(7), ReportedAt = now };
                return (expected, await rig.Apply<ProposalLifecycle>((lifecycle, ct) => lifecycle.ReportPlacement(message, ct)));
            }
            case Act.Register:
            {
                var pseudonym = World.Seeker(step.Target);
                var agency = step.Rightful ? MatchingHost.AgencyId : World.OtherAgency;
                var stored = before.Seekers.GetValueOrDefault(pseudonym);
                var expected = stored is not null && stored.AgencyId != agency ? Expectation.NotYours : Expectation.Applied;
                var message = Messages.Seeker(pseudonym, Postcodes[step.Target % Postcodes.Length]) with { JobAgencyId = agency, RegisteredAt = now };
                return (expected, await rig.Apply<JobSeekerRegistry>((registry, ct) => registry.Register(message, ct)));
            }
            case Act.Leave:
            {
                var pseudonym = World.Seeker(step.Target);
                var agency = step.Rightful ? MatchingHost.AgencyId : World.OtherAgency;
                var stored = before.Seekers.GetValueOrDefault(pseudonym);
                var expected = stored is null ? Expectation.NotFound
                    : stored.AgencyId != agency ? Expectation.NotYours
                    : stored.IsWithdrawn ? Expectation.WrongState
                    : Expectation.Applied;
                var message = new JobSeekerWithdrawn { SubjectPseudonym = pseudonym, JobAgencyId = agency, Reason = "moved", WithdrawnAt = now };
                return (expected, await rig.Apply<JobSeekerRegistry>((registry, ct) => registry.Withdraw(message, ct)));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Act, null);
        }
    }

    public enum Act { Publish, Withdraw, Answer, Place, Register, Leave }

    /// <summary>
    /// One command: <see cref="Target"/> picks a vacancy, seeker or proposal (a number past the proposals made so far
    /// names one that does not exist); <see cref="Party"/> is the rightful partner except one time in four; <see cref="Flag"/>
    /// is accept, hired, or a late version; <see cref="Second"/> asks for two positions.
    /// </summary>
    public sealed record Step(Act Act, byte Target, byte Party, bool Flag, bool Second)
    {
        public bool Rightful => Party % 4 != 3;
    }

    public static class CommandSequences
    {
        public static Arbitrary<Step[]> Steps() => Arb.From(Gen.ArrayOf(StepGen), Shorter);

        /// <summary>Shrinks a failing sequence by leaving out runs of steps, longest first.</summary>
        private static IEnumerable<Step[]> Shorter(Step[] steps)
        {
            for (var run = steps.Length / 2; run > 0; run /= 2)
            {
                for (var start = 0; start + run <= steps.Length; start += run)
                {
                    yield return [.. steps[..start], .. steps[(start + run)..]];
                }
            }
        }

        private static Gen<Step> StepGen =>
            from act in Gen.Frequency(
                (3, Gen.Constant(Act.Publish)), (1, Gen.Constant(Act.Withdraw)), (4, Gen.Constant(Act.Answer)),
                (3, Gen.Constant(Act.Place)), (3, Gen.Constant(Act.Register)), (1, Gen.Constant(Act.Leave)))
            from target in Gen.Choose(0, 7)
            from party in Gen.Choose(0, 3)
            from flag in ArbMap.Default.GeneratorFor<bool>()
            from second in ArbMap.Default.GeneratorFor<bool>()
            select new Step(act, (byte)target, (byte)party, flag, second);
    }

    private enum Expectation { Applied, NotFound, NotYours, WrongState, Stale, Other }

    private static Expectation Decided(CommandDecision decision) => decision.Outcome == CommandOutcomes.Applied ? Expectation.Applied : decision.Reason switch
    {
        CommandReasons.NotFound => Expectation.NotFound,
        CommandReasons.NotYours => Expectation.NotYours,
        CommandReasons.WrongState => Expectation.WrongState,
        CommandReasons.Stale => Expectation.Stale,
        _ => Expectation.Other,
    };

    /// <summary>The sequence's names: four vacancy ids, two seekers (more places than candidates), and the proposals in the order they appeared.</summary>
    private sealed class World
    {
        public const string OtherEmployer = "00000009999999999001";
        public const string OtherAgency = "00000009999999999002";

        private readonly Guid[] _vacancies = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        private readonly List<Guid> _proposals = [];
        private DateTime _clock = DateTime.UtcNow;

        public Guid Vacancy(int target) => _vacancies[target % _vacancies.Length];

        public static string Seeker(int target) => $"ps-seeker-{target % 2}";

        /// <summary>A proposal made so far, or (past the end) one that never existed.</summary>
        public Guid Proposal(int target) => target < _proposals.Count ? _proposals[target] : Guid.NewGuid();

        public DateTime Tick() => _clock = _clock.AddMinutes(1);

        public void Saw(Snapshot state) =>
            _proposals.AddRange(state.Proposals.Values.Where(p => !_proposals.Contains(p.Id)).OrderBy(p => p.Id).Select(p => p.Id));
    }

    private sealed record VacancyRow(Guid Id, string EmployerId, VacancyStatus Status, int Positions, DateTime PublishedAt);

    private sealed record ProposalRow(Guid Id, Guid VacancyId, string EmployerId, string Seeker, ProposalStatus Status);

    private sealed record SeekerRow(string Pseudonym, string AgencyId, bool IsWithdrawn, int OpenProposals);

    private sealed record Snapshot(
        IReadOnlyDictionary<Guid, VacancyRow> Vacancies,
        IReadOnlyDictionary<Guid, ProposalRow> Proposals,
        IReadOnlyDictionary<string, SeekerRow> Seekers)
    {
        public static Task<Snapshot> Of(LifecycleRig rig) => rig.Read(async db => new Snapshot(
            await db.Vacancies.AsNoTracking().Select(v => new VacancyRow(v.Id, v.EmployerId, v.Status, v.Positions, v.PublishedAt)).ToDictionaryAsync(v => v.Id),
            await db.Proposals.AsNoTracking().Select(p => new ProposalRow(p.Id, p.VacancyId, p.EmployerId, p.SubjectPseudonym, p.Status)).ToDictionaryAsync(p => p.Id),
            await db.JobSeekers.AsNoTracking().Select(s => new SeekerRow(s.SubjectPseudonym, s.JobAgencyId, s.IsWithdrawn, s.OpenProposals)).ToDictionaryAsync(s => s.Pseudonym, StringComparer.Ordinal)));

        public bool SameAs(Snapshot other) =>
            Same(Vacancies, other.Vacancies) && Same(Proposals, other.Proposals) && Same(Seekers, other.Seekers);

        public void AssertTransitionsFrom(Snapshot before, string context)
        {
            foreach (var (id, vacancy) in Vacancies)
            {
                var from = before.Vacancies.GetValueOrDefault(id)?.Status ?? VacancyStatus.Open;
                Assert.True(from == vacancy.Status || VacancyTransitions.Allows(from, vacancy.Status), $"Vacancy went {from} -> {vacancy.Status} {context}");
            }
            Assert.All(before.Proposals.Keys, id => Assert.True(Proposals.ContainsKey(id), $"A proposal disappeared {context}"));
            foreach (var (id, proposal) in Proposals)
            {
                var from = before.Proposals.GetValueOrDefault(id)?.Status ?? ProposalStatus.Proposed;
                Assert.True(from == proposal.Status || ProposalTransitions.Allows(from, proposal.Status), $"Proposal went {from} -> {proposal.Status} {context}");
            }
        }

        public void AssertEveryWaitingVacancyIsOffered(string context)
        {
            var open = Proposals.Values.Where(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Accepted).ToList();
            foreach (var seeker in Seekers.Values)
            {
                var count = open.Count(p => p.Seeker == seeker.Pseudonym);
                Assert.True(count == seeker.OpenProposals, $"{seeker.Pseudonym} counts {seeker.OpenProposals} open proposals but has {count} {context}");
                Assert.True(count <= SlotsPerSeeker, $"{seeker.Pseudonym} has {count} open proposals, over the cap {context}");
            }
            var waiting = Vacancies.Values.Where(v => v.Status == VacancyStatus.Open && open.Count(p => p.VacancyId == v.Id) < v.Positions);
            var free = Seekers.Values.Where(s => !s.IsWithdrawn && s.OpenProposals < SlotsPerSeeker);
            foreach (var vacancy in waiting)
            {
                foreach (var seeker in free)
                {
                    Assert.True(
                        Proposals.Values.Any(p => p.VacancyId == vacancy.Id && p.Seeker == seeker.Pseudonym),
                        $"Vacancy {vacancy.Id} waits for candidates while {seeker.Pseudonym} has a free slot and was never proposed to it {context}");
                }
            }
        }

        private static bool Same<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> one, IReadOnlyDictionary<TKey, TValue> other) where TKey : notnull =>
            one.Count == other.Count && one.All(pair => other.TryGetValue(pair.Key, out var value) && Equals(value, pair.Value));
    }
}
