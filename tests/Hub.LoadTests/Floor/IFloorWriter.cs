namespace Hub.LoadTests.Floor;

/// <summary>Stores vacancies as the Hub must: one transaction in the gateway's database, then one in job matching's.</summary>
internal interface IFloorWriter : IAsyncDisposable
{
    Task StoreAsync(FloorVacancy vacancy, CancellationToken cancellationToken);
}
