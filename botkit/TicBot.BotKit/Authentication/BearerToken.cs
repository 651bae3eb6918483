using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;

namespace TicBot.BotKit.Authentication;

/// <summary>Reads <c>Authorization: Bearer &lt;jwt&gt;</c> without any network call, so garbage is turned away cheaply.</summary>
internal static class BearerToken
{
    // Real channel tokens are about 1–2 KB; anything far larger is not worth parsing.
    private const int MaxTokenLength = 16 * 1024;

    public static bool TryRead(string? authorizationHeader, [NotNullWhen(true)] out JsonWebToken? token, [NotNullWhen(false)] out string? reason)
    {
        token = null;
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            reason = "no Authorization header";
            return false;
        }

        var parts = authorizationHeader.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            reason = "the Authorization header is not 'Bearer <token>'";
            return false;
        }

        var raw = parts[1];
        if (raw.Length > MaxTokenLength || raw.Count(c => c == '.') != 2 || !raw.All(IsCompactChar))
        {
            reason = "the bearer token is not a compact signed JWT";
            return false;
        }

        try
        {
            token = new JsonWebToken(raw);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or System.Text.Json.JsonException)
        {
            // SecurityTokenMalformedException derives from ArgumentException.
            reason = "the bearer token is not a well-formed JWT";
            return false;
        }

        reason = null;
        return true;
    }

    private static bool IsCompactChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
