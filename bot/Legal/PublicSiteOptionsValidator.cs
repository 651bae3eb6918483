using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Authentication;

namespace TicBot.Bot.Legal;

/// <summary>
/// Refuses a public address that Teams could not use (not absolute, not https, with a query) — plain
/// <c>http://localhost</c> being accepted in local mode only — and a DPO contact that is neither an e-mail address
/// nor an https page. Messages name the key.
/// </summary>
internal sealed partial class PublicSiteOptionsValidator(IOptions<BotCredentialsOptions> credentials) : IValidateOptions<PublicSiteOptions>
{
    private const int MaxNameLength = 150;

    public ValidateOptionsResult Validate(string? name, PublicSiteOptions options)
    {
        var failures = new List<string>();
        ValidateBaseUrl(options.PublicBaseUrl, credentials.Value.IsLocalMode, failures);
        ValidateText(options.ControllerName, "Bot:ControllerName", failures);
        ValidateText(options.DataLocation, "Bot:DataLocation", failures);
        if (!string.IsNullOrWhiteSpace(options.DpoContact) && !IsEmail(options.DpoContact) && !IsHttps(options.DpoContact))
        {
            failures.Add("Bot:DpoContact must be an e-mail address (dpo@example.fr) or an https page address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateBaseUrl(string? value, bool localMode, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            failures.Add($"Bot:PublicBaseUrl '{value}' must be an absolute address without query, fragment or user (https://ticbot.example.fr).");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback && !localMode)
        {
            failures.Add($"Bot:PublicBaseUrl '{value}' is a local address: set the bot's public https address when MicrosoftAppId is set.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        {
            failures.Add($"Bot:PublicBaseUrl '{value}' must use https (plain http only for localhost in local mode).");
        }
    }

    private static void ValidateText(string? value, string key, List<string> failures)
    {
        if (value is not null && (value.Length > MaxNameLength || value.Any(char.IsControl)))
        {
            failures.Add($"{key} must be one line of at most {MaxNameLength} characters.");
        }
    }

    private static bool IsEmail(string value) => value.Length <= 254 && Email().IsMatch(value);

    private static bool IsHttps(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && value.Length <= 2048;

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$")]
    private static partial Regex Email();
}
