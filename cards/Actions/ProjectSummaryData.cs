namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ProjectSummary"/>.</summary>
public sealed record ProjectSummaryData : CardActionData
{
    public override string Action => CardActionNames.ProjectSummary;
}
