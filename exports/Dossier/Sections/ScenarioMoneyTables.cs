using TicBot.Methodology;
using TicBot.Methodology.Projects;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// A scenario's financial study: investment (one-off) and running costs, gains, and funding with its status. Amounts
/// are shown as entered; the model does not record yet whether they are HT or TTC, and the document says so.
/// </summary>
internal static class ScenarioMoneyTables
{
    public static void Write(DossierContext context, Scenario scenario, List<string> missing)
    {
        var language = context.Language;
        var writer = context.Writer;
        var name = SafeText.Clean(scenario.Name);
        writer.Heading(3, context.T("Coûts, gains et financements", "Costs, gains and funding"));
        if (scenario.Finance is not { } finance)
        {
            missing.Add(context.T("étude financière", "financial study"));
            writer.Paragraph(context.T("L’étude financière de ce scénario n’est pas commencée.", "The financial study of this scenario has not started."));
            return;
        }

        var years = finance.HorizonYears;
        writer.Paragraph(context.T(
            $"Étude sur {Wording.Years(language, years)}. Montants en euros, tels que saisis : TicBot n’enregistre pas encore s’ils sont HT ou TTC.",
            $"Study over {Wording.Years(language, years)}. Amounts in euros, as entered: TicBot does not record yet whether they include VAT."));
        var once = context.T($"Coûts d’investissement, ponctuels (année 1) — {name}", $"Investment costs, one-off (year 1) — {name}");
        Lines(context, once, finance.OneOffCosts, 1, context.T("coûts d’investissement", "investment costs"), missing);
        Lines(context, context.T($"Coûts de fonctionnement, chaque année — {name}", $"Running costs, every year — {name}"), finance.YearlyRunningCosts, years, context.T("coûts de fonctionnement", "running costs"), missing);
        Lines(context, context.T($"Gains, chaque année — {name}", $"Gains, every year — {name}"), finance.YearlyGains, years, context.T("gains", "gains"), missing);
        Funding(context, name, finance.Funding, missing);
        if (context.Snapshot.Ranked(scenario.Id).Evaluation.Finance is { } result)
        {
            writer.Labelled(Wording.Colon(language, context.T("Délai de retour sur investissement", "Payback period")), result.PaybackYear is { } payback
                ? Wording.Years(language, payback)
                : context.T($"au-delà de {Wording.Years(language, years)}", $"beyond {Wording.Years(language, years)}"));
        }
    }

    private static void Lines(DossierContext context, string caption, IReadOnlyList<MoneyLine>? lines, int years, string what, List<string> missing)
    {
        var language = context.Language;
        if (lines is null)
        {
            missing.Add(what);
            context.Writer.Labelled(Wording.Colon(language, caption), Wording.ToComplete(language));
            return;
        }

        List<WordColumn> columns = years == 1
            ? [new(context.T("Poste", "Item"), 6), new(context.T("Montant", "Amount"), 2, Figures: true)]
            : [new(context.T("Poste", "Item"), 5), new(context.T("Par an", "Per year"), 2, Figures: true), new(context.T($"Sur {Wording.Years(language, years)}", $"Over {Wording.Years(language, years)}"), 2, Figures: true)];
        var rows = lines.Select(l => Row(SafeText.Clean(l.Label), l.Amount, years, language, total: false)).ToList();
        rows.Add(Row(context.T("Total", "Total"), lines.Sum(l => l.Amount), years, language, total: true));
        context.Writer.Table(new WordTable(caption, columns, rows));
    }

    private static WordRow Row(string label, decimal amount, int years, Methodology.Content.ContentLanguage language, bool total) => years == 1
        ? new WordRow([label, DisplayFormat.Euros(amount, language)], total)
        : new WordRow([label, DisplayFormat.Euros(amount, language), DisplayFormat.Euros(amount * years, language)], total);

    private static void Funding(DossierContext context, string name, IReadOnlyList<FundingLine>? funding, List<string> missing)
    {
        var language = context.Language;
        var caption = context.T($"Financements — {name}", $"Funding — {name}");
        if (funding is null)
        {
            missing.Add(context.T("financements", "funding"));
            context.Writer.Labelled(Wording.Colon(language, caption), Wording.ToComplete(language));
            return;
        }

        var content = context.Snapshot.Content;
        var rows = funding.OrderByDescending(f => f.Certainty)
            .Select(f => new WordRow([context.Snapshot.ContentTitle(f.Source), content.Label(f.Certainty), DisplayFormat.Euros(f.Amount, language)]))
            .ToList();
        foreach (var certainty in new[] { FundingCertainty.Granted, FundingCertainty.Requested, FundingCertainty.Possible })
        {
            var sum = funding.Where(f => f.Certainty == certainty).Sum(f => f.Amount);
            var counted = certainty == FundingCertainty.Granted ? context.T("compté dans le bilan", "counted in the balance") : context.T("non compté", "not counted");
            rows.Add(new WordRow([context.T($"Total {content.Label(certainty).ToLowerInvariant()} ({counted})", $"Total {content.Label(certainty).ToLowerInvariant()} ({counted})"), string.Empty, DisplayFormat.Euros(sum, language)], Total: true));
        }

        context.Writer.Table(new WordTable(
            caption,
            [new(context.T("Source", "Source"), 5), new(context.T("Statut", "Status"), 2), new(context.T("Montant", "Amount"), 2, Figures: true)],
            rows));
        context.Writer.Note(context.T(
            "Seuls les financements obtenus comptent dans le bilan financier ; les financements demandés ou envisagés sont indiqués à part.",
            "Only obtained funding counts in the financial balance; requested or envisaged funding is shown apart."));
    }
}
