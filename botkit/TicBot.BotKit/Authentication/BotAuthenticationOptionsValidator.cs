using Microsoft.Extensions.Options;
using TicBot.BotKit.Connector;

namespace TicBot.BotKit.Authentication;

/// <summary>Rejects endpoints that would let a token be checked against keys fetched in clear text, and unusable timings.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    private const string Prefix = BotAuthenticationOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        CheckMetadataUrl(options.ChannelOpenIdMetadataUrl, nameof(options.ChannelOpenIdMetadataUrl), failures);
        CheckMetadataUrl(options.EmulatorOpenIdMetadataUrl, nameof(options.EmulatorOpenIdMetadataUrl), failures);
        if (options.AuthorityHost is not { IsAbsoluteUri: true } host || host.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Prefix}{nameof(options.AuthorityHost)} must be an absolute HTTPS URL.");
        }

        CheckRange(options.HttpTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1), nameof(options.HttpTimeout), failures);
        CheckRange(options.MetadataRefreshInterval, TimeSpan.FromMinutes(5), TimeSpan.FromDays(30), nameof(options.MetadataRefreshInterval), failures);
        CheckRange(options.MetadataMinimumRefreshInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), nameof(options.MetadataMinimumRefreshInterval), failures);
        CheckRange(options.TokenRenewalMargin, TimeSpan.Zero, TimeSpan.FromMinutes(30), nameof(options.TokenRenewalMargin), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True for HTTPS, or for plain HTTP to a loopback host (local fakes in tests).</summary>
    internal static bool IsAcceptableMetadataUrl(Uri? url)
        => url is { IsAbsoluteUri: true }
           && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && ServiceUrls.IsLoopback(url)));

    private static void CheckMetadataUrl(Uri? url, string key, List<string> failures)
    {
        if (!IsAcceptableMetadataUrl(url))
        {
            failures.Add($"{Prefix}{key} must be an absolute HTTPS URL (plain HTTP only for a loopback host).");
        }
    }

    private static void CheckRange(TimeSpan value, TimeSpan min, TimeSpan max, string key, List<string> failures)
    {
        if (value < min || value > max)
        {
            failures.Add($"{Prefix}{key} must be between {min} and {max}.");
        }
    }
}
