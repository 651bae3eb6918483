using System.ComponentModel.DataAnnotations;

namespace TicBot.BotKit.Logging;

/// <summary>The <c>Logging</c> settings of the pseudonyms in logs.</summary>
public sealed class LogPseudonymOptions
{
    public const string SectionName = "Logging";

    /// <summary>
    /// <c>Logging:PseudonymKey</c>: the HMAC key of the pseudonyms, at least 32 characters (its UTF-8 bytes are the
    /// key). A secret: set it from the environment (<c>Logging__PseudonymKey</c>) or Key Vault, never in
    /// <c>appsettings.json</c>. Every instance of the bot needs the same one for their logs to correlate.
    /// </summary>
    /// <value>Null by default: a random key per process, so pseudonyms differ between restarts and instances.</value>
    [MinLength(32, ErrorMessage = "Logging:PseudonymKey must have at least 32 characters.")]
    public string? PseudonymKey { get; set; }
}
