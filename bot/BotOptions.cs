using System.ComponentModel.DataAnnotations;

namespace TicBot.Bot;

/// <summary>The bot's settings (configuration section <c>Bot</c>), validated when the host starts.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary><c>auto</c> follows each user's locale (French unless it starts with <c>en</c>); <c>fr</c> or <c>en</c> force it.</summary>
    /// <value><c>auto</c>.</value>
    [Required]
    [RegularExpression("^(auto|fr|en)$", ErrorMessage = "Bot:Language must be auto, fr or en.")]
    public string Language { get; set; } = "auto";

    /// <summary>The largest request body <c>/api/messages</c> accepts; larger ones get 413.</summary>
    /// <value>262,144 bytes (256 KB).</value>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Lets the bot listen on an address other machines can reach (<c>0.0.0.0</c>, <c>+</c>, <c>*</c>, a LAN address)
    /// in local mode, where requests are not authenticated; a warning is logged at each start. Without it such a start
    /// stops with a message naming this key.
    /// </summary>
    /// <value>False.</value>
    public bool AllowRemoteLocalMode { get; set; }

    /// <summary>The time budget of a turn from the request's arrival (see <c>BotKitOptions.TurnDeadline</c>).</summary>
    /// <value>10 seconds (1 s to 60 s).</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan TurnDeadline { get; set; } = TimeSpan.FromSeconds(10);
}
