namespace Hub.LoadTests.Floor;

/// <summary>A fresh gateway database and job matching database with the Hub's tables, dropped when disposed.</summary>
internal interface IFloorStore : IAsyncDisposable
{
    /// <summary>One of the writers in flight, with connections of its own as each request or consumer of the Hub has.</summary>
    Task<IFloorWriter> OpenWriterAsync(CancellationToken cancellationToken);
}
