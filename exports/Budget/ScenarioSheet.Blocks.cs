using System.Globalization;
using TicBot.Exports.Budget.Excel;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Budget;

internal sealed partial class ScenarioSheet
{
    /// <summary>A total row: where it is and its value for each year.</summary>
    private sealed record BlockTotal(uint Row, decimal[] PerYear);

    /// <summary>A titled block of lines and its total row; null lines (not filled in yet) say so and total 0.</summary>
    private BlockTotal Block(string title, string totalLabel, IReadOnlyList<(string Label, decimal Amount)>? lines, bool everyYear)
    {
        _sheet.Row().Text(1, title, CellStyle.Block);
        var first = _sheet.LastRow + 1;
        if (lines is null)
        {
            _complete = false;
            _sheet.Row().Text(1, Wording.ToComplete(_snapshot.Language), CellStyle.Note);
        }

        foreach (var (label, amount) in lines ?? [])
        {
            var row = _sheet.Row().Text(1, label);
            for (var year = 1; year <= _years; year++)
            {
                if (everyYear || year == 1)
                {
                    row.Number(year + 1, amount);
                }
            }

            row.Formula(TotalColumn, $"SUM({row.At(2)}:{row.At(_years + 1)})", everyYear ? amount * _years : amount, CellStyle.Money);
        }

        var perYear = new decimal[_years];
        for (var year = 1; year <= _years; year++)
        {
            perYear[year - 1] = everyYear || year == 1 ? (lines ?? []).Sum(l => l.Amount) : 0m;
        }

        var total = _sheet.Row().Text(1, totalLabel, CellStyle.LabelTotal);
        var count = lines?.Count ?? 0;
        for (var column = 2; column <= TotalColumn; column++)
        {
            var value = column == TotalColumn ? perYear.Sum() : perYear[column - 2];
            if (count == 0)
            {
                total.Number(column, value, CellStyle.MoneyTotal);
            }
            else
            {
                var letter = SheetBuilder.Column(column);
                total.Formula(column, string.Create(CultureInfo.InvariantCulture, $"SUM({letter}{first}:{letter}{first + (uint)count - 1})"), value);
            }
        }

        return new BlockTotal(total.Index, perYear);
    }

    /// <summary>A row adding or subtracting other total rows, column by column, after <paramref name="skip"/> empty rows.</summary>
    private BlockTotal Combine(string label, int skip, params (BlockTotal Total, int Sign)[] parts)
    {
        var row = _sheet.Row(skip).Text(1, label, CellStyle.LabelTotal);
        var perYear = new decimal[_years];
        for (var column = 2; column <= TotalColumn; column++)
        {
            var letter = SheetBuilder.Column(column);
            var formula = string.Concat(parts.Select((p, i) => (p.Sign < 0 ? "-" : i == 0 ? string.Empty : "+") + letter + p.Total.Row.ToString(CultureInfo.InvariantCulture)));
            var value = column == TotalColumn
                ? parts.Sum(p => p.Sign * p.Total.PerYear.Sum())
                : parts.Sum(p => p.Sign * p.Total.PerYear[column - 2]);
            if (column < TotalColumn)
            {
                perYear[column - 2] = value;
            }

            row.Formula(column, formula, value);
        }

        return new BlockTotal(row.Index, perYear);
    }

    /// <summary>The running sum of a row, year after year (the délai de retour sur investissement is the first year at or above zero).</summary>
    private void Cumulative(string label, BlockTotal balance)
    {
        var row = _sheet.Row().Text(1, label, CellStyle.LabelTotal);
        var sum = 0m;
        for (var year = 1; year <= _years; year++)
        {
            sum += balance.PerYear[year - 1];
            var here = SheetBuilder.Column(year + 1) + balance.Row.ToString(CultureInfo.InvariantCulture);
            var formula = year == 1 ? here : $"{SheetBuilder.Column(year)}{row.Index.ToString(CultureInfo.InvariantCulture)}+{here}";
            row.Formula(year + 1, formula, sum);
        }
    }
}
