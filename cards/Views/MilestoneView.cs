using TicBot.Methodology.Content;

namespace TicBot.Cards.Views;

/// <summary>A communication milestone of the methodology for this project.</summary>
/// <param name="Audience">Who is informed, in words (agents, usagers, élus, presse).</param>
/// <param name="Due">When it is planned; null when not planned yet.</param>
/// <param name="Why">Why this moment matters, from the methodology.</param>
/// <param name="Cancelled">The team decided not to do it.</param>
/// <param name="IsAddition">The action is TicBot's addition to the seed (labelled « Complément »).</param>
/// <param name="AdditionNote">What TicBot adds to the seed's action (its reading, an indicative delay); null for none.</param>
/// <param name="RecurEveryMonths">The action recurs with no end date, every so many months (indicative); null for a one-off.</param>
public sealed record MilestoneView(
    string Id,
    string Title,
    string Audience,
    DateOnly? Due,
    bool Done,
    string Why,
    bool Cancelled = false,
    bool IsAddition = false,
    string? AdditionNote = null,
    int? RecurEveryMonths = null)
{
    /// <summary>A communication action of the methodology, with this project's date and state.</summary>
    public static MilestoneView From(CommunicationActionContent action, MethodologyContent content, DateOnly? due, bool done)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(content);
        var audience = string.Join(", ", action.Audiences.Select(content.AudienceLabel));
        return new MilestoneView(action.Id, action.Title, audience, due, done, action.Why, IsAddition: action.IsAddition, AdditionNote: action.AdditionNote);
    }
}
