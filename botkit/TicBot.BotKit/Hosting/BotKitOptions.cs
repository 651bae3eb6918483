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
}
