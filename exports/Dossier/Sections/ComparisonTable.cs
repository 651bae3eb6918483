using TicBot.Methodology;
using TicBot.Methodology.Rules.Study;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>One comparison table: a criterion per row, a scenario per column.</summary>
internal static class ComparisonTable
{
    public static WordTable Create(DossierContext context, string caption, IReadOnlyList<RankedScenario> scenarios)
    {
        var language = context.Language;
        var missing = Wording.ToComplete(language);
        string Money(FinancialResult? f, Func<FinancialResult, decimal> pick) => f is null ? missing : DisplayFormat.Euros(pick(f), language);

        WordRow Row(string criterion, Func<RankedScenario, string> cell, bool total = false)
            => new([criterion, .. scenarios.Select(cell)], total);

        var rows = new List<WordRow>
        {
            Row(context.T("Place au classement", "Place in the ranking"), s => DisplayFormat.Number(s.Position, language) + (s.IsTied ? context.T(" (ex aequo)", " (tied)") : string.Empty)),
            Row(context.T("Attentes couvertes, pondérées par le rang", "Expectations covered, weighted by rank"), s => s.Evaluation.Coverage is { } c ? DisplayFormat.Percent(c, language) : missing),
            Row(context.T("Durée étudiée", "Period studied"), s => s.Evaluation.Finance is { } f ? Wording.Years(language, f.HorizonYears) : missing),
            Row(context.T("Coût total", "Total cost"), s => Money(s.Evaluation.Finance, f => f.TotalCost)),
            Row(context.T("Financements obtenus", "Funding obtained"), s => Money(s.Evaluation.Finance, f => f.ObtainedFunding)),
            Row(context.T("Financements demandés (non comptés)", "Funding requested (not counted)"), s => Money(s.Evaluation.Finance, f => f.RequestedFunding)),
            Row(context.T("Coût net", "Net cost"), s => Money(s.Evaluation.Finance, f => f.NetCost)),
            Row(context.T("Bilan financier", "Financial balance"), s => Money(s.Evaluation.Finance, f => f.Balance)),
            Row(context.T("Délai de retour sur investissement", "Payback period"), s => s.Evaluation.Finance switch
            {
                null => missing,
                { PaybackYear: { } year } => Wording.Years(language, year),
                { } f => context.T($"au-delà de {Wording.Years(language, f.HorizonYears)}", $"beyond {Wording.Years(language, f.HorizonYears)}"),
            }),
            Row(context.T("Solde des avantages et des inconvénients", "Balance of advantages and drawbacks"), s => Wording.Weighed(language, s.Evaluation.Balance), total: true),
        };
        List<WordColumn> columns =
        [
            new(context.T("Critère", "Criterion"), 3),
            .. scenarios.Select(s => new WordColumn(Name(context, s), 2, Figures: true)),
        ];
        return new WordTable(caption, columns, rows);
    }

    private static string Name(DossierContext context, RankedScenario scenario)
    {
        var name = SafeText.Clean(scenario.Evaluation.Name);
        return context.Snapshot.Project.Decision?.ScenarioId == scenario.Evaluation.ScenarioId
            ? context.T($"{name} (retenu)", $"{name} (retained)")
            : name;
    }
}
