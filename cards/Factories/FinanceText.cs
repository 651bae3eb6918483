using TicBot.Methodology;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>The wording of financial figures shared by the comparison and the decision record.</summary>
internal static class FinanceText
{
    public static string Missing(ContentLanguage language) => T(language, "à compléter", "to be completed");

    public static string Horizon(ScenarioFinanceView? finance, ContentLanguage language)
        => finance is null ? Missing(language) : Count(language, finance.HorizonYears, "an", "ans", "year", "years");

    public static string Money(decimal? amount, ContentLanguage language)
        => amount is { } a ? DisplayFormat.Euros(a, language) : Missing(language);

    /// <summary>The balance with its sign in words: colour may add to it, never replace it.</summary>
    public static string Balance(ScenarioFinanceView? finance, ContentLanguage language)
        => finance is null
            ? Missing(language)
            : DisplayFormat.Euros(finance.Balance, language) + " " + (finance.Balance > 0
                ? T(language, "(positif)", "(positive)")
                : finance.Balance == 0 ? T(language, "(nul)", "(nil)") : T(language, "(négatif)", "(negative)"));

    public static string Payback(ScenarioFinanceView? finance, ContentLanguage language) => finance switch
    {
        null => Missing(language),
        { PaybackYear: { } year } => T(language, year == 1 ? "dès la 1re année" : $"en {year}e année", $"in year {year}"),
        _ => T(language, $"pas sur {Horizon(finance, language)}", $"not within {Horizon(finance, language)}"),
    };
}
