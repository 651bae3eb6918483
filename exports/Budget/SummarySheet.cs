using TicBot.Methodology.Projects;
using TicBot.Exports.Budget.Excel;
using TicBot.Exports.Snapshot;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Budget;

/// <summary>
/// The first sheet: one row per scenario with its totals over its horizon, each a formula pointing at the scenario's
/// sheet (with its value), the net cost and the financial balance; requested and envisaged funding in columns of their
/// own, not counted. The délai de retour sur investissement is a computed value (no formula).
/// </summary>
internal static class SummarySheet
{
    public static SheetBuilder Build(ProjectSnapshot snapshot, IReadOnlyList<(Scenario Scenario, SheetBuilder Sheet, ScenarioTotals? Totals)> scenarios)
    {
        var t = snapshot.T;
        var sheet = new SheetBuilder(t("Synthèse", "Summary"));
        sheet.Row().Text(1, t($"Budget — {snapshot.ProjectName}", $"Budget — {snapshot.ProjectName}"), CellStyle.Title);
        sheet.Row().Text(1, t(
            "Montants en euros, tels que saisis (HT ou TTC non précisé), sur la durée étudiée de chaque scénario. Les totaux sont des formules renvoyant aux feuilles des scénarios, enregistrées avec leur valeur calculée ; le délai de retour est une valeur calculée.",
            "Amounts in euros, as entered (VAT not stated), over each scenario's period. Totals are formulas pointing at the scenario sheets, stored with their computed value; the payback period is a computed value."), CellStyle.Note);
        sheet.Row().Text(1, t(
            "Seuls les financements obtenus comptent dans le coût net et le bilan ; les financements demandés ou envisagés sont indiqués à part.",
            "Only obtained funding counts in the net cost and the balance; requested or envisaged funding is shown apart."), CellStyle.Note);
        if (scenarios.Count == 0)
        {
            sheet.Row(skip: 1).Text(1, t("Aucun scénario n’est encore décrit.", "No scenario has been described yet."));
            sheet.Widths(60);
            return sheet;
        }

        sheet.HeaderRowOf(
            [
                t("Scénario", "Scenario"), t("Durée étudiée (ans)", "Period (years)"), t("Investissement", "Investment"),
                t("Fonctionnement sur la durée", "Running costs over the period"), t("Coût total", "Total cost"), t("Financements obtenus", "Funding obtained"),
                t("Coût net", "Net cost"), t("Gains sur la durée", "Gains over the period"), t("Bilan financier", "Financial balance"),
                t("Délai de retour (ans)", "Payback (years)"), t("Financements demandés (non comptés)", "Funding requested (not counted)"),
                t("Financements envisagés (non comptés)", "Funding envisaged (not counted)"), t("État de l’étude financière", "Financial study"),
            ],
            skip: 1);
        sheet.Widths(40, 12, 16, 18, 16, 16, 16, 16, 16, 12, 18, 18, 22);
        foreach (var (scenario, _, totals) in scenarios)
        {
            var name = SafeText.Clean(scenario.Name);
            var row = sheet.Row().Text(1, snapshot.IsValidated(scenario) ? t($"{name} (retenu)", $"{name} (retained)") : name);
            if (totals is null)
            {
                row.Text(13, t("non commencée", "not started"));
                continue;
            }

            row.Number(2, totals.Years, CellStyle.Integer);
            row.Formula(3, totals.Investment.Reference, totals.Investment.Value, CellStyle.Money);
            row.Formula(4, totals.Running.Reference, totals.Running.Value, CellStyle.Money);
            row.Formula(5, totals.Costs.Reference, totals.Costs.Value, CellStyle.Money);
            row.Formula(6, totals.Obtained.Reference, totals.Obtained.Value, CellStyle.Money);
            row.Formula(7, $"{row.At(5)}-{row.At(6)}", totals.Costs.Value - totals.Obtained.Value, CellStyle.Money);
            row.Formula(8, totals.Gains.Reference, totals.Gains.Value, CellStyle.Money);
            row.Formula(9, totals.Balance.Reference, totals.Balance.Value, CellStyle.MoneyTotal);
            if (snapshot.Ranked(scenario.Id).Evaluation.Finance?.PaybackYear is { } payback)
            {
                row.Number(10, payback, CellStyle.Integer);
            }
            else
            {
                row.Text(10, totals.Complete ? t($"au-delà de {totals.Years}", $"beyond {totals.Years}") : Wording.ToComplete(snapshot.Language));
            }

            row.Formula(11, totals.Requested.Reference, totals.Requested.Value, CellStyle.Money);
            row.Formula(12, totals.Envisaged.Reference, totals.Envisaged.Value, CellStyle.Money);
            row.Text(13, totals.Complete ? t("complète", "complete") : Wording.ToComplete(snapshot.Language));
        }

        return sheet;
    }
}
