using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Authentication;

/// <summary>The Bot Framework's own rules, applied once the signature, issuer and audience are good.</summary>
internal sealed partial class BotFrameworkRequestAuthenticator
{
    private const string EndorsementsMember = "endorsements";

    private static string? CheckChannelRules(JsonWebToken token, JsonWebKey key, Activity activity)
    {
        if (!token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return "the channel token has no serviceurl claim";
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return $"the token's serviceurl '{Printable(serviceUrl)}' differs from the activity's '{Printable(activity.ServiceUrl)}'";
        }

        // Every Bot Framework channel key lists the channels it may sign for; a key without the list signs for none.
        var endorsements = ReadEndorsements(key);
        return IsEndorsed(endorsements, activity.ChannelId)
            ? null
            : $"signing key '{Printable(key.Kid)}' is not endorsed for channel '{Printable(activity.ChannelId)}'";
    }

    private string? CheckEmulatorRules(JsonWebToken token, JsonWebKey key, Activity activity)
    {
        if (!token.TryGetPayloadValue<string>("ver", out var version))
        {
            return "the Emulator token has no ver claim";
        }

        var appIdClaim = version switch
        {
            "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return $"unknown Emulator token version '{Printable(version)}'";
        }

        if (!token.TryGetPayloadValue<string>(appIdClaim, out var appId) || string.IsNullOrEmpty(appId))
        {
            return $"the Emulator token (version {version}) has no {appIdClaim} claim";
        }

        if (!string.Equals(appId, _credentials.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return $"the Emulator token is for app '{Printable(appId)}', not this bot";
        }

        // Microsoft identity platform keys carry no endorsements; when a key does, they must hold.
        var endorsements = ReadEndorsements(key);
        return endorsements is null || IsEndorsed(endorsements, activity.ChannelId)
            ? null
            : $"signing key '{Printable(key.Kid)}' is not endorsed for channel '{Printable(activity.ChannelId)}'";
    }

    private static bool IsEndorsed(IReadOnlyList<string>? endorsements, string? channelId)
        => endorsements is not null && !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId, StringComparer.Ordinal);

    /// <summary>The key's <c>endorsements</c> array from the JWKS, or null when the key has none.</summary>
    internal static IReadOnlyList<string>? ReadEndorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsMember, out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array
                => array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            string single => [single],
            IEnumerable<object> items => items.OfType<string>().ToList(),
            _ => [],
        };
    }
}
