using Hub.Contracts.Matching;
using Hub.LoadTests.Measuring;

namespace Hub.LoadTests.Floor;

/// <summary>
/// Stores vacancies with a store's writers, as many in flight as the Hub has, and meters the processes that do the work
/// (the database server, and the harness as the services' database client). A short unmetered run first, so the JIT
/// and the first prepares are not counted. The rows are made beforehand: only storing them is metered.
/// </summary>
internal static class DatabaseFloor
{
    public static async Task<DatabaseCpu> CpuPerVacancyAsync(IFloorStore store, ProcessMeter? server, int vacancies, int concurrency,
        double proposalsPerVacancy, ProposalMade? sample, int jobSeekers, Action progress, CancellationToken cancellationToken)
    {
        var writers = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => store.OpenWriterAsync(cancellationToken)));
        try
        {
            var warmUp = Rows(0, concurrency * 2, proposalsPerVacancy, sample, jobSeekers);
            var measured = Rows(warmUp.Length, vacancies, proposalsPerVacancy, sample, jobSeekers);
            await StoreAsync(writers, warmUp, () => { }, cancellationToken);
            var client = CpuSpan.Start([CpuSpan.Harness]);
            var serverCpu = server is null ? null : CpuSpan.Start([server]);
            await StoreAsync(writers, measured, progress, cancellationToken);
            return new DatabaseCpu(client.Seconds() * 1000 / vacancies, serverCpu?.Seconds() * 1000 / vacancies);
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync();
            }
        }
    }

    private static FloorVacancy[] Rows(int first, int vacancies, double proposalsPerVacancy, ProposalMade? sample, int jobSeekers) =>
        [.. Enumerable.Range(first, vacancies).Select(n => FloorRows.Vacancy(n, FloorRows.ProposalsOf(n, proposalsPerVacancy), sample, jobSeekers))];

    private static Task StoreAsync(IFloorWriter[] writers, FloorVacancy[] vacancies, Action progress, CancellationToken cancellationToken)
    {
        var next = -1;
        return Task.WhenAll(writers.Select(async writer =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < vacancies.Length)
            {
                await writer.StoreAsync(vacancies[n], cancellationToken);
                progress();
            }
        }));
    }
}
