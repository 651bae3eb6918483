namespace TicBot.BotKit.State;

/// <summary>A state document loaded in this turn was already written by a turn of the same activity: a redelivery.</summary>
internal sealed class ActivityAlreadyHandledException(string key)
    : Exception($"The document {Logging.LogIds.Key(key)} already holds this activity's changes.")
{
    public string Key { get; } = key;
}
