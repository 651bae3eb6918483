using TicBot.Methodology.Projects;
using TicBot.Exports.Budget.Excel;
using TicBot.Exports.Snapshot;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Budget;

/// <summary>
/// One scenario's budget, year by year over its horizon: investment (one-off, year 1), running costs and gains (every
/// year), funding by status (year 1: obtained counted, requested and envisaged apart), the year's balance and the
/// cumulative one. Totals are formulas with their values.
/// </summary>
internal sealed partial class ScenarioSheet
{
    private readonly ProjectSnapshot _snapshot;
    private readonly SheetBuilder _sheet;
    private readonly int _years;
    private bool _complete = true;

    private ScenarioSheet(ProjectSnapshot snapshot, SheetBuilder sheet, int years)
    {
        _snapshot = snapshot;
        _sheet = sheet;
        _years = years;
    }

    private int TotalColumn => _years + 2;

    /// <summary>Builds the sheet; the totals are null when the scenario's financial study has not started.</summary>
    public static (SheetBuilder Sheet, ScenarioTotals? Totals) Build(ProjectSnapshot snapshot, Scenario scenario, int position)
    {
        var name = SafeText.Clean(scenario.Name);
        var sheet = new SheetBuilder(SheetName(position, name));
        sheet.Row().Text(1, snapshot.T($"Scénario : {name}", $"Scenario: {name}"), CellStyle.Title);
        if (scenario.Finance is not { } finance)
        {
            sheet.Row().Text(1, snapshot.T("L’étude financière de ce scénario n’est pas commencée.", "The financial study of this scenario has not started."), CellStyle.Note);
            sheet.Widths(90);
            return (sheet, null);
        }

        var builder = new ScenarioSheet(snapshot, sheet, finance.HorizonYears);
        return (sheet, builder.Write(finance));
    }

    /// <summary>"2. Portail mutualisé", without the characters Excel refuses in a sheet name, at most 31 characters.</summary>
    internal static string SheetName(int position, string name)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c)]);
        var full = $"{position}. {clean}";
        var cut = full.Length <= 31 ? full : full[..(char.IsHighSurrogate(full[30]) ? 30 : 31)];
        return cut.TrimEnd(' ', '\'');
    }

    private ScenarioTotals Write(ScenarioFinance finance)
    {
        var t = _snapshot.T;
        _sheet.Row().Text(1, t(
            $"Montants en euros, tels que saisis (HT ou TTC non précisé). Durée étudiée : {Wording.Years(_snapshot.Language, _years)}. Les totaux sont des formules, enregistrées avec leur valeur calculée.",
            $"Amounts in euros, as entered (VAT not stated). Period studied: {Wording.Years(_snapshot.Language, _years)}. Totals are formulas, stored with their computed value."), CellStyle.Note);
        _sheet.HeaderRowOf([t("Poste", "Item"), .. Enumerable.Range(1, _years).Select(y => t($"Année {y}", $"Year {y}")), t("Total", "Total")], skip: 1);
        _sheet.Widths([48, .. Enumerable.Repeat(14.0, _years), 16]);

        var investment = Block(t("Investissement (ponctuel, année 1)", "Investment (one-off, year 1)"), t("Total investissement", "Total investment"), Lines(finance.OneOffCosts), everyYear: false);
        var running = Block(t("Fonctionnement (chaque année)", "Running costs (every year)"), t("Total fonctionnement", "Total running costs"), Lines(finance.YearlyRunningCosts), everyYear: true);
        var costs = Combine(t("Total des coûts", "Total costs"), 0, (investment, 1), (running, 1));
        var gains = Block(t("Gains (chaque année)", "Gains (every year)"), t("Total des gains", "Total gains"), Lines(finance.YearlyGains), everyYear: true);
        var obtained = Block(t("Financements obtenus (comptés, année 1)", "Funding obtained (counted, year 1)"), t("Total obtenu", "Total obtained"), Funding(finance, FundingCertainty.Granted), everyYear: false);
        var requested = Block(t("Financements demandés (non comptés)", "Funding requested (not counted)"), t("Total demandé", "Total requested"), Funding(finance, FundingCertainty.Requested), everyYear: false);
        var envisaged = Block(t("Financements envisagés (non comptés)", "Funding envisaged (not counted)"), t("Total envisagé", "Total envisaged"), Funding(finance, FundingCertainty.Possible), everyYear: false);
        var balance = Combine(t("Bilan de l’année (gains + financements obtenus − coûts)", "Year's balance (gains + funding obtained − costs)"), 1, (gains, 1), (obtained, 1), (costs, -1));
        Cumulative(t("Bilan cumulé", "Cumulative balance"), balance);
        return new ScenarioTotals(_years, Figure(investment), Figure(running), Figure(costs), Figure(gains), Figure(obtained), Figure(requested), Figure(envisaged), Figure(balance), _complete);
    }

    private SheetFigure Figure(BlockTotal total) => new(_sheet.Reference(TotalColumn, total.Row), total.PerYear.Sum());

    private IReadOnlyList<(string Label, decimal Amount)>? Lines(IReadOnlyList<MoneyLine>? lines)
        => lines?.Select(l => (l.Label, l.Amount)).ToList();

    private IReadOnlyList<(string Label, decimal Amount)>? Funding(ScenarioFinance finance, FundingCertainty certainty)
        => finance.Funding?.Where(f => f.Certainty == certainty).Select(f => (_snapshot.ContentTitle(f.Source), f.Amount)).ToList();
}
