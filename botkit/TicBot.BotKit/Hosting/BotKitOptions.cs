using System.ComponentModel.DataAnnotations;

namespace TicBot.BotKit.Hosting;

/// <summary>Settings of the bot endpoint and the turn-error policy; validated when the host starts.</summary>
public sealed class BotKitOptions
{
    /// <summary>The largest request body accepted; a larger one gets 413 without being read further.</summary>
    /// <value>256 KB (262,144 bytes).</value>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The language of the bot's own messages: <c>auto</c> follows the user's locale; <c>fr</c> or <c>en</c> force it.</summary>
    /// <value><c>auto</c>.</value>
    [Required]
    [RegularExpression("^(auto|fr|en)$", ErrorMessage = "Language must be auto, fr or en.")]
    public string Language { get; set; } = "auto";

    /// <summary>
    /// The time budget of a turn, from the request's arrival: the turn's cancellation token fires then (it does not fire
    /// when the caller goes away), no retry or pause starts that would end later, and an invoke still unanswered gets an
    /// error answer. Teams waits about 15 s for the HTTP answer, then delivers the activity again.
    /// </summary>
    /// <value>10 seconds (1 s to 60 s).</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan TurnDeadline { get; set; } = TimeSpan.FromSeconds(10);
}
