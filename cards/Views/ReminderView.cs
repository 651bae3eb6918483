namespace TicBot.Cards.Views;

/// <summary>A reminder sent to a project lead.</summary>
/// <param name="What">What to do, e.g. "Informer les usagers du lancement de la consultation".</param>
/// <param name="Why">Why it matters, from the methodology.</param>
/// <param name="IsAddition">The action is TicBot's addition to the seed (labelled « Complément »).</param>
/// <param name="AdditionNote">What TicBot adds to the seed's action; null for none.</param>
public sealed record ReminderView(string Id, string ProjectName, string What, string Why, DateOnly Due, DateOnly Today, bool IsAddition = false, string? AdditionNote = null);
