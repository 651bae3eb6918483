using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Calendar;
using TicBot.Methodology.Rules.Study;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Snapshot;

/// <summary>
/// The project as one export sees it: the model, the date and the computations every section shares (the scenario
/// study is run once). Sections read from here only, so a change of the model adds to this class and to the sections
/// that show the new data, and nothing else.
/// </summary>
internal sealed class ProjectSnapshot
{
    private readonly Dictionary<string, RankedScenario> _ranking;

    public ProjectSnapshot(Project project, ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Time);
        Project = project;
        Request = request;
        Language = request.Language;
        Content = MethodologyCatalog.Load().For(request.Language);
        Zone = project.Plan?.HolidayZone ?? project.Profile.HolidayZone;
        Now = request.Time.GetUtcNow();
        Today = CollectiviteClock.LocalDate(Now, Zone);
        Comparison = ScenarioStudy.Compare(project);
        _ranking = new Dictionary<string, RankedScenario>(StringComparer.Ordinal);
        foreach (var ranked in Comparison.Ranking)
        {
            // A hand-edited document could repeat an id: the first wins rather than the export failing.
            _ranking.TryAdd(ranked.Evaluation.ScenarioId, ranked);
        }
    }

    public Project Project { get; }

    public ExportRequest Request { get; }

    public ContentLanguage Language { get; }

    public MethodologyContent Content { get; }

    /// <summary>The collectivité's holiday calendar, which also gives its time zone.</summary>
    public HolidayZone Zone { get; }

    /// <summary>The instant of the export, from the request's clock.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The document's date: today where the collectivité is.</summary>
    public DateOnly Today { get; }

    public ScenarioComparison Comparison { get; }

    /// <summary>The project's name as typed, made safe for a document.</summary>
    public string ProjectName => SafeText.Clean(Project.Name);

    /// <summary>The collectivité's name, or its kind when no name was given.</summary>
    public string CollectiviteName => Project.Profile.Name is { Length: > 0 } name ? SafeText.Clean(name) : Content.Label(Project.Profile.Kind);

    /// <summary>A scenario's place and measures in the comparison.</summary>
    public RankedScenario Ranked(string scenarioId) => _ranking[scenarioId];

    public bool IsValidated(Scenario scenario) => Project.Decision?.ScenarioId == scenario.Id;

    public string T(string french, string english) => Wording.T(Language, french, english);

    /// <summary>A content title (funding lead, role, committee kind…) by id, or the text itself when it is not an id.</summary>
    public string ContentTitle(string idOrText) => Content.FindItem(idOrText)?.Title ?? SafeText.Clean(idOrText);
}
