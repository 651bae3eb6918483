using TicBot.BotKit.Builder;

namespace TicBot.Bot.Routing;

/// <summary>
/// The bot: a small table from activity type (and, for invokes and events, name) to handler. An activity
/// that matches no row is left alone (an unhandled invoke therefore gets 501).
/// </summary>
public sealed class ActivityRouter : IBot
{
    private readonly Dictionary<string, IActivityHandler> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Name), IActivityHandler> _byName = [];

    /// <summary>Routes every activity of <paramref name="activityType"/> not matched by name.</summary>
    public ActivityRouter On(string activityType, IActivityHandler handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityType);
        _byType[activityType] = handler ?? throw new ArgumentNullException(nameof(handler));
        return this;
    }

    /// <summary>Routes the invokes or events of <paramref name="activityType"/> named <paramref name="name"/>.</summary>
    public ActivityRouter On(string activityType, string name, IActivityHandler handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityType);
        ArgumentException.ThrowIfNullOrEmpty(name);
        _byName[(activityType, name)] = handler ?? throw new ArgumentNullException(nameof(handler));
        return this;
    }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type is not { } type)
        {
            return Task.CompletedTask;
        }

        if (activity.Name is { } name && _byName.TryGetValue((type, name), out var named))
        {
            return named.HandleAsync(turnContext, cancellationToken);
        }

        return _byType.TryGetValue(type, out var handler) ? handler.HandleAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }
}
