using TicBot.Cards.Actions;
using TicBot.Methodology.Rules.Health;

namespace TicBot.Cards.Views;

/// <summary>A guideline of the methodology the project seems to skip, and what to do about it.</summary>
/// <param name="Action">The button that starts the suggested action; null for none.</param>
/// <param name="ActionTitle">The button's title; required when <paramref name="Action"/> is set.</param>
/// <param name="IsAddition">The whole flag is TicBot's addition to the seed (labelled « Complément »).</param>
/// <param name="AdditionNote">What TicBot adds to the seed's words in this flag, labelled « Complément »; null for none.</param>
public sealed record HealthFlagView(
    HealthSeverity Severity,
    string Title,
    string Detail,
    string SuggestedAction,
    CardActionData? Action = null,
    string? ActionTitle = null,
    bool IsAddition = false,
    string? AdditionNote = null);
