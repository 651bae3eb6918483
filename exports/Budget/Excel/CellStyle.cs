namespace TicBot.Exports.Budget.Excel;

/// <summary>The workbook's cell formats, by their index in <see cref="WorkbookStyles"/>.</summary>
internal enum CellStyle : uint
{
    Default = 0,
    Title = 1,
    Note = 2,
    Header = 3,
    Money = 4,
    MoneyTotal = 5,
    Block = 6,
    LabelTotal = 7,
    Integer = 8,
}
