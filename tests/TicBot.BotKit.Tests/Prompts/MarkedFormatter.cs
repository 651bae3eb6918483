using System.Globalization;
using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Tests.Prompts;

/// <summary>A formatter whose output shows what the prompt asked for: <c>⟨1000000 French⟩</c>, <c>⟨2027-03-15 English⟩</c>.</summary>
internal sealed class MarkedFormatter : IDisplayFormatter
{
    public static readonly MarkedFormatter Instance = new();

    public string Number(decimal value, UserLanguage language)
        => string.Create(CultureInfo.InvariantCulture, $"⟨{value} {language}⟩");

    public string Date(DateOnly date, UserLanguage language)
        => string.Create(CultureInfo.InvariantCulture, $"⟨{date:yyyy-MM-dd} {language}⟩");
}
