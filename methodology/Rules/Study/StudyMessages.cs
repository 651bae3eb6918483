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

        if (e.QualitativeBalance is { } balance)
        {
            var (fr, en) = balance > 0 ? ("solde positif", "positive balance") : balance < 0 ? ("solde négatif", "negative balance") : ("solde nul", "zero balance");
            var best = IsBest(balance, all.Select(o => (decimal?)o.QualitativeBalance));
            reasons.Add(new(
                $"Avantages − inconvénients{Nbsp}: {balance:+0;−0;0} ({fr}){(best ? " — le meilleur" : string.Empty)}",
                $"Advantages − drawbacks: {balance:+0;−0;0} ({en}){(best ? " — the best" : string.Empty)}"));
        }

        if (e.Finance is { } money)
        {
            reasons.Add(Money(money, IsBest(money.Balance, all.Select(o => o.Finance?.Balance))));
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
        $"Les scénarios n'ont pas tous le même horizon financier{Nbsp}: leurs soldes portent sur des durées différentes.",
        "The scenarios do not all use the same financial horizon: their balances cover different periods.");

    private static MethodologyText Money(FinancialResult money, bool best)
    {
        var years = money.HorizonYears;
        var fr = $"Solde financier sur {years}{Nbsp}an{(years > 1 ? "s" : string.Empty)}{Nbsp}: {DisplayFormat.Euros(money.Balance, ContentLanguage.French)} ({(money.IsPositive ? "positif" : "négatif ou nul")})";
        var en = $"Financial balance over {years} year{(years > 1 ? "s" : string.Empty)}: {DisplayFormat.Euros(money.Balance, ContentLanguage.English)} ({(money.IsPositive ? "positive" : "negative or zero")})";
        fr += money.PaybackYear is { } p ? $"{Nbsp}; rentabilisé {(p == 1 ? "dès la 1re" : $"la {p}e")} année" : $"{Nbsp}; non rentabilisé sur la période";
        en += money.PaybackYear is { } q ? $"; pays back in year {q}" : "; does not pay back within the period";
        if (money.GrantedFunding != money.Funding)
        {
            fr += $"{Nbsp}; {DisplayFormat.Euros(money.BalanceWithGrantedFundingOnly, ContentLanguage.French)} en ne comptant que les financements accordés";
            en += $"; {DisplayFormat.Euros(money.BalanceWithGrantedFundingOnly, ContentLanguage.English)} counting granted funding only";
        }

        return new(fr + (best ? " — le meilleur" : string.Empty), en + (best ? " — the best" : string.Empty));
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
