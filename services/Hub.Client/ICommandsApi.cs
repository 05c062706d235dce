using Hub.Client.Models;
using Refit;

namespace Hub.Client;

/// <summary>What became of the commands you sent (every 202 names its command id and gives this address in Location).</summary>
public interface ICommandsApi
{
    [Get("/api/v1/commands/{commandId}")]
    Task<CommandStatus> GetAsync(Guid commandId, CancellationToken cancellationToken = default);
}

public static class CommandsApiExtensions
{
    /// <summary>
    /// Asks until the command is decided (applied or refused) and returns that; after <paramref name="timeout"/> (default 30 s)
    /// returns the last answer, still pending. Polls every <paramref name="interval"/> (default 250 ms).
    /// </summary>
    public static async Task<CommandStatus> WaitForOutcomeAsync(this ICommandsApi commands, Guid commandId, TimeSpan? timeout = null, TimeSpan? interval = null,
        CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
        var status = await commands.GetAsync(commandId, cancellationToken);
        while (status.Status == "pending" && !deadline.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval ?? TimeSpan.FromMilliseconds(250), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
            status = await commands.GetAsync(commandId, cancellationToken);
        }
        return status;
    }
}
