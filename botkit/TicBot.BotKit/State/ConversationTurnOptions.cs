using System.ComponentModel.DataAnnotations;

namespace TicBot.BotKit.State;

/// <summary>Settings of <see cref="ConversationTurnMiddleware"/>.</summary>
public sealed class ConversationTurnOptions
{
    /// <value>Attempts of a turn whose save conflicts, the first included. Default 4.</value>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <value>Base pause before a re-run; each re-run waits a random 50–150 % of it times the attempt number. Default 20 ms.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <value>How long this process remembers the activities it answered (read-only turns included), to answer a
    /// redelivery without running a turn. Default 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RememberHandledActivities { get; set; } = TimeSpan.FromMinutes(10);
}
