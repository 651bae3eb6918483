namespace TicBot.Cards.Views;

/// <summary>
/// How far a project is in one checklist, the seed's own items and TicBot's additions counted apart
/// ("5/9 de la méthode, 2/6 compléments"). Items that do not apply to the project are left out of both counts.
/// </summary>
public sealed record ChecklistProgressView(string Id, string Title, int SeedTicked, int SeedTotal, int AdditionTicked = 0, int AdditionTotal = 0)
{
    /// <summary>Items ticked, seed and additions together.</summary>
    public int Ticked => SeedTicked + AdditionTicked;

    /// <summary>Items that apply, seed and additions together.</summary>
    public int Total => SeedTotal + AdditionTotal;

    /// <summary>Every applicable item is ticked (and there is at least one).</summary>
    public bool IsComplete => Total > 0 && Ticked == Total;
}
