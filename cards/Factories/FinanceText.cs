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

    /// <summary>The délai de retour sur investissement, in years: "3 ans", or beyond the period studied.</summary>
    public static string Payback(ScenarioFinanceView? finance, ContentLanguage language) => finance switch
    {
        null => Missing(language),
        { PaybackYear: { } year } => Count(language, year, "an", "ans", "year", "years"),
        _ => T(language, $"au-delà de {Horizon(finance, language)}", $"beyond {Horizon(finance, language)}"),
    };

    /// <summary>The seed's "solde", advantages minus drawbacks (the money included), with its sign in words.</summary>
    public static string Weighed(int? balance, ContentLanguage language) => balance switch
    {
        null => Missing(language),
        > 0 => T(language, $"+{balance} (positif)", $"+{balance} (positive)"),
        < 0 => T(language, $"−{-balance} (négatif)", $"−{-balance} (negative)"),
        _ => T(language, "0 (nul)", "0 (nil)"),
    };
}
