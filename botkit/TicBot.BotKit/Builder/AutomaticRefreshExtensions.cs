using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>Adaptive Cards' automatic refresh (<c>refresh.userIds</c>): Teams asks for the card when a user views it.</summary>
public static class AutomaticRefreshExtensions
{
    /// <summary>
    /// True for an <c>adaptiveCard/action</c> invoke whose <c>value.trigger</c> is <c>automatic</c>. Such a turn answers
    /// with a card only: the adapter drops the messages it would post, since nobody clicked anything.
    /// </summary>
    public static bool IsAutomaticRefresh(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.Invoke
               && string.Equals(activity.Name, "adaptiveCard/action", StringComparison.Ordinal)
               && activity.Value is { ValueKind: JsonValueKind.Object } value
               && value.TryGetProperty("trigger", out var trigger)
               && trigger.ValueKind == JsonValueKind.String
               && string.Equals(trigger.GetString(), "automatic", StringComparison.OrdinalIgnoreCase);
    }
}
