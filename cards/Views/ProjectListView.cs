namespace TicBot.Cards.Views;

/// <summary>The projects of a place: the active ones, or the archived ones.</summary>
/// <param name="Archived">True when <paramref name="Projects"/> are the archived projects.</param>
/// <param name="OtherCount">How many projects the other list holds (archived when showing the active ones).</param>
public sealed record ProjectListView(IReadOnlyList<ProjectListItemView> Projects, bool Archived, int OtherCount);
