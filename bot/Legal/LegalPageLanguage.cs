using Microsoft.Net.Http.Headers;
using TicBot.BotKit.Localization;

namespace TicBot.Bot.Legal;

/// <summary>
/// The language of a page: <c>?lang=fr|en</c> (the link to the other language) first, then the reader's
/// <c>Accept-Language</c> by quality (the first French or English tag wins), French otherwise.
/// </summary>
internal static class LegalPageLanguage
{
    public static UserLanguage Choose(HttpRequest request)
    {
        if (Parse(request.Query["lang"].ToString()) is { } asked)
        {
            return asked;
        }

        IList<StringWithQualityHeaderValue> accepted;
        try
        {
            accepted = request.GetTypedHeaders().AcceptLanguage;
        }
        catch (FormatException)
        {
            return UserLanguage.French;
        }

        // OrderByDescending is stable: among equal qualities the reader's order stands.
        return accepted.Where(a => a.Quality is null or > 0)
            .OrderByDescending(a => a.Quality ?? 1)
            .Select(a => Parse(a.Value.Value))
            .FirstOrDefault(l => l is not null) ?? UserLanguage.French;
    }

    public static string Tag(UserLanguage language) => language == UserLanguage.English ? "en" : "fr";

    private static UserLanguage? Parse(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return null;
        }

        var primary = tag.Split('-')[0];
        return primary.Equals("fr", StringComparison.OrdinalIgnoreCase) ? UserLanguage.French
            : primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? UserLanguage.English
            : null;
    }
}
