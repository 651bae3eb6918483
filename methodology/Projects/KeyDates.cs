namespace TicBot.Methodology.Projects;

/// <summary>
/// The project's key dates. Only the start is required; each other date, when given, must not come before
/// the previous one (start ≤ consultation ≤ pilot ≤ go-live).
/// </summary>
public sealed record KeyDates
{
    /// <summary>Project start.</summary>
    public required DateOnly ProjectStart { get; init; }

    /// <summary>Launch of the consultation for the equipment (call for tenders). <value>Null when not known.</value></summary>
    public DateOnly? ConsultationLaunch { get; init; }

    /// <summary>Start of the pilot sites. <value>Null when there is no pilot or it is not known.</value></summary>
    public DateOnly? PilotStart { get; init; }

    /// <summary>Go-live (mise en service). <value>Null when not known.</value></summary>
    public DateOnly? GoLive { get; init; }

    /// <summary>The first pair of dates in the wrong order, or null when the order is possible.</summary>
    public (string Earlier, string Later)? FirstOrderProblem()
    {
        var dates = new (string Name, DateOnly? Date)[]
        {
            (nameof(ProjectStart), ProjectStart), (nameof(ConsultationLaunch), ConsultationLaunch),
            (nameof(PilotStart), PilotStart), (nameof(GoLive), GoLive),
        };
        (string Name, DateOnly Date)? previous = null;
        foreach (var (name, date) in dates)
        {
            if (date is not { } d)
            {
                continue;
            }

            if (previous is { } p && d < p.Date)
            {
                return (p.Name, name);
            }

            previous = (name, d);
        }

        return null;
    }
}
