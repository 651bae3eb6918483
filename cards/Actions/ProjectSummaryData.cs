namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ProjectSummary"/>.</summary>
public sealed record ProjectSummaryData : CardActionData
{
    private protected override string Name => CardActionNames.ProjectSummary;
}
