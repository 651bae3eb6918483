namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ProjectsShow"/>: a page of the place's active or archived projects.</summary>
public sealed record ProjectsShowData(bool Archived, int Page) : CardActionData
{
    private protected override string Name => CardActionNames.ProjectsShow;
}
