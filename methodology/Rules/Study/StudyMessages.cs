using TicBot.Methodology.Content;

namespace TicBot.Methodology.Rules.Study;

/// <summary>The reasons of the scenario comparison, in French and English.</summary>
internal static class StudyMessages
{
    private const string Nbsp = "\u00a0";

    public static IReadOnlyList<MethodologyText> Reasons(ScenarioEvaluation e, List<ScenarioEvaluation> all, List<ScenarioEvaluation> tiedWith)
    {
        var reasons = new List<MethodologyText>();
        if (e.Coverage is { } coverage)
        {
            var best = IsBest(coverage, all.Select(o => o.Coverage));
            reasons.Add(new(
                $"Couverture des attentes{Nbsp}: {DisplayFormat.Percent(coverage, ContentLanguage.French)}, pondérée par le rang{(best ? " — la meilleure" : string.Empty)}",
                $"Coverage of expectations: {DisplayFormat.Percent(coverage, ContentLanguage.English)}, weighted by rank{(best ? " — the best" : string.Empty)}"));
        }

        if (e.Balance is { } balance)
        {
            var (fr, en) = balance > 0 ? ("positif", "positive") : balance < 0 ? ("négatif", "negative") : ("nul", "nil");
            var best = IsBest(balance, all.Select(o => (decimal?)o.Balance));
            var (withMoneyFr, withMoneyEn) = e.FinancialWeight is null ? (string.Empty, string.Empty) : (", étude financière comprise", ", financial study included");
            reasons.Add(new(
                $"Solde des avantages et des inconvénients{withMoneyFr}{Nbsp}: {balance:+0;−0;0} ({fr}){(best ? " — le meilleur" : string.Empty)}",
                $"Balance of advantages and drawbacks{withMoneyEn}: {balance:+0;−0;0} ({en}){(best ? " — the best" : string.Empty)}"));
        }

        if (e.Finance is { } money)
        {
            reasons.Add(Money(money, e.FinancialWeight ?? 0, e.IsFinancialWeightIndicative));
        }

        if (e.MissingData.Count > 0)
        {
            reasons.Add(new(
                $"Données manquantes{Nbsp}: {string.Join(", ", e.MissingData.Select(m => Missing(m, ContentLanguage.French)))}",
                $"Missing data: {string.Join(", ", e.MissingData.Select(m => Missing(m, ContentLanguage.English)))}"));
        }

        if (tiedWith.Count > 0)
        {
            var names = string.Join(", ", tiedWith.Select(t => t.Name));
            reasons.Add(new($"À égalité avec{Nbsp}: {names}", $"Tied with: {names}"));
        }

        return reasons;
    }

    public static MethodologyText DifferentHorizons() => new(
        $"Les scénarios n’ont pas tous la même durée d’étude financière{Nbsp}: leurs bilans portent sur des périodes différentes.",
        "The scenarios do not all use the same financial period: their balances cover different periods.");

    private static MethodologyText Money(FinancialResult money, int weight, bool indicative)
    {
        var years = money.HorizonYears;
        var yearsFr = $"{years}{Nbsp}an{(years > 1 ? "s" : string.Empty)}";
        var yearsEn = $"{years} year{(years > 1 ? "s" : string.Empty)}";
        var (sideFr, sideEn) = weight switch
        {
            > 0 => ($"un avantage, poids {weight}/5", $"an advantage, weight {weight}/5"),
            < 0 => ($"un inconvénient, poids {-weight}/5", $"a drawback, weight {-weight}/5"),
            _ => ("ni avantage ni inconvénient", "neither advantage nor drawback"),
        };
        if (indicative && weight != 0)
        {
            (sideFr, sideEn) = (sideFr + " indicatif", sideEn + ", indicative");
        }

        var fr = $"Bilan financier sur {yearsFr}, financements obtenus seuls{Nbsp}: {DisplayFormat.Euros(money.Balance, ContentLanguage.French)} ({sideFr})";
        var en = $"Financial balance over {yearsEn}, obtained funding only: {DisplayFormat.Euros(money.Balance, ContentLanguage.English)} ({sideEn})";
        fr += money.PaybackYear is { } p
            ? $"{Nbsp}; délai de retour sur investissement{Nbsp}: {p}{Nbsp}an{(p > 1 ? "s" : string.Empty)}"
            : $"{Nbsp}; pas de retour sur investissement en {yearsFr}";
        en += money.PaybackYear is { } q ? $"; payback period: {q} year{(q > 1 ? "s" : string.Empty)}" : $"; no payback within {yearsEn}";
        if (money.RequestedFunding > 0)
        {
            fr += $"{Nbsp}; financements demandés, non comptés{Nbsp}: {DisplayFormat.Euros(money.RequestedFunding, ContentLanguage.French)}";
            en += $"; funding requested, not counted: {DisplayFormat.Euros(money.RequestedFunding, ContentLanguage.English)}";
        }

        return new(fr, en);
    }

    private static bool IsBest(decimal value, IEnumerable<decimal?> values)
    {
        var known = values.OfType<decimal>().ToList();
        return known.Count > 1 && value == known.Max() && known.Count(v => v == value) == 1;
    }

    private static string Missing(string code, ContentLanguage language) => (code, language == ContentLanguage.French) switch
    {
        ("expectations", true) => "attentes non recueillies",
        ("expectations", false) => "no expectations collected",
        ("coverage", true) => "couverture des attentes non évaluée",
        ("coverage", false) => "coverage of expectations not assessed",
        ("coverage-incomplete", true) => "couverture évaluée pour une partie des attentes seulement",
        ("coverage-incomplete", false) => "coverage assessed for some expectations only",
        ("advantages-drawbacks", true) => "avantages et inconvénients",
        ("advantages-drawbacks", false) => "advantages and drawbacks",
        ("finance", true) => "étude financière",
        ("finance", false) => "financial study",
        ("finance.one-off-costs", true) => "coûts ponctuels",
        ("finance.one-off-costs", false) => "one-off costs",
        ("finance.running-costs", true) => "coûts annuels de fonctionnement",
        ("finance.running-costs", false) => "yearly running costs",
        ("finance.gains", true) => "gains annuels",
        ("finance.gains", false) => "yearly gains",
        ("finance.funding", true) => "financements",
        ("finance.funding", false) => "funding",
        _ => code,
    };
}
