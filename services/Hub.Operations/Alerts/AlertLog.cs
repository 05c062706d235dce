using Hub.Operations.Access;

namespace Hub.Operations.Alerts;

/// <summary>The latest alerts for the console (in memory; the webhook receiver keeps the history).</summary>
public sealed class AlertLog
{
    private const int Keep = 100;
    private readonly LinkedList<Alert> _alerts = new();
    private readonly Lock _gate = new();

    public void Add(Alert alert)
    {
        lock (_gate)
        {
            _alerts.AddFirst(alert);
            if (_alerts.Count > Keep)
            {
                _alerts.RemoveLast();
            }
        }
    }

    /// <summary>The alerts the user's scope covers: an area's failures for its users, everything for hub-wide users.</summary>
    public IReadOnlyList<Alert> Recent(OperatorScope scope)
    {
        lock (_gate)
        {
            return [.. _alerts.Where(a => scope.IsEverything || (a.AreaId is not null && scope.Allows(a.AreaId)))];
        }
    }
}
