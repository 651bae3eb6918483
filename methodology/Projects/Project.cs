using System.Text.Json.Serialization;

namespace TicBot.Methodology.Projects;

/// <summary>
/// An ICT project run with the methodology. Every change goes through a method that keeps the data consistent
/// and appends a <see cref="HistoryEntry"/>. Methods throw <see cref="MethodologyException"/> only for requests
/// that would corrupt the data; skipped guidelines are reported by the health rules instead.
/// Setters are internal so that only the serializer (and these methods) can set state.
/// Not thread-safe: load, change and save one instance per turn (storage ETags arbitrate concurrency).
/// </summary>
public sealed partial class Project
{
    /// <summary>The schema version this code writes. Older documents are migrated on load.</summary>
    /// <remarks>Version 2: ids are short and unique within the project's place (a place holds several projects); a
    /// project can be archived; it records its tenant.</remarks>
    public const int CurrentSchemaVersion = 2;

    /// <summary>
    /// The id given to a version-1 document on migration: each place held one project then, which becomes the
    /// place's first project.
    /// </summary>
    public const string FirstProjectId = "p1";

    /// <summary>Longest project id.</summary>
    public const int MaxIdLength = 32;

    /// <summary>History keeps at most this many entries; the oldest are dropped first.</summary>
    public const int MaxHistoryEntries = 1000;

    /// <summary>Longest accepted free text (names, expectations, notes), in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Most items of one kind (expectations, scenarios, committees, members) a project holds, to keep documents and cards small.</summary>
    public const int MaxItemsPerList = 100;

    private List<HistoryEntry> _history = [];

    [JsonConstructor]
    internal Project()
    {
    }

    [JsonInclude]
    public int SchemaVersion { get; internal set; } = CurrentSchemaVersion;

    [JsonInclude]
    public string Id { get; internal set; } = string.Empty;

    [JsonInclude]
    public string Name { get; internal set; } = string.Empty;

    /// <summary>Active, or archived (kept, read-only, out of the project list until restored).</summary>
    [JsonInclude]
    public ProjectStatus Status { get; internal set; }

    /// <summary>The Microsoft Entra tenant the project belongs to. <value>Null when not known (local tools, older documents).</value></summary>
    [JsonInclude]
    public string? TenantId { get; internal set; }

    [JsonInclude]
    public CollectiviteProfile Profile { get; internal set; } = new();

    [JsonInclude]
    public string OwnerId { get; internal set; } = string.Empty;

    [JsonInclude]
    public DateTimeOffset CreatedAt { get; internal set; }

    [JsonInclude]
    public ProjectPhase Phase { get; internal set; }

    /// <summary>Next number for project-local ids (<c>exp-1</c>, <c>sc-1</c>, <c>com-1</c>).</summary>
    [JsonInclude]
    public int NextSequence { get; internal set; } = 1;

    [JsonInclude]
    public IReadOnlyList<HistoryEntry> History { get => _history; internal set => _history = [.. value ?? []]; }

    /// <summary>Creates a project; the owner becomes its first member.</summary>
    /// <param name="id">Unique within the project's place: lowercase letters, digits and dashes (see <see cref="IsValidId"/>).</param>
    /// <param name="tenantId">The tenant of the request that creates it; null when unknown.</param>
    /// <exception cref="ArgumentException">The id is not valid, or the name is blank.</exception>
    public static Project Create(string id, string name, CollectiviteProfile profile, Actor owner, DateTimeOffset at, string? tenantId = null)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException("A project id is 1 to 32 lowercase letters, digits or dashes.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(owner);
        CheckProfile(profile);
        var project = new Project
        {
            Id = id,
            Name = RequireText(name, nameof(name)),
            Profile = profile,
            OwnerId = RequireText(owner.Id, nameof(owner)),
            CreatedAt = at,
            Phase = ProjectPhase.Framing,
            TenantId = string.IsNullOrWhiteSpace(tenantId) ? null : tenantId,
        };
        project._members.Add(new ProjectMember(owner.Id, owner.Name, MemberRole.Owner));
        project.Record(owner, at, HistoryAction.ProjectCreated, name);
        return project;
    }

    /// <summary>Renames the project.</summary>
    public void Rename(string name, Actor actor, DateTimeOffset at)
    {
        Name = RequireText(name, nameof(name));
        Record(actor, at, HistoryAction.ProjectRenamed, Name);
    }

    /// <summary>Replaces the collectivité profile.</summary>
    public void ChangeProfile(CollectiviteProfile profile, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(profile);
        CheckProfile(profile);
        Profile = profile;
        Record(actor, at, HistoryAction.ProfileChanged);
    }

    /// <summary>
    /// Records the phase the team says the project is in. Any order is accepted (the seed imposes none);
    /// <see cref="ProjectPhase.Decided"/> is reached through <see cref="ValidateScenario"/> only.
    /// </summary>
    /// <exception cref="MethodologyException">Moving to Decided while no scenario is validated.</exception>
    public void ChangePhase(ProjectPhase to, Actor actor, DateTimeOffset at)
    {
        if (to == Phase)
        {
            return;
        }

        if (to == ProjectPhase.Decided && Decision is null)
        {
            throw new MethodologyException("A project is 'Decided' only once a scenario is validated.", Phase.ToString(), to.ToString());
        }

        var from = Phase;
        Phase = to;
        Record(actor, at, HistoryAction.PhaseChanged, $"{from} → {to}");
    }

    /// <summary>True for a project id this model accepts: 1 to <see cref="MaxIdLength"/> lowercase ASCII letters, digits or dashes.</summary>
    public static bool IsValidId(string? id)
        => id is { Length: > 0 and <= MaxIdLength } && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private void Record(Actor actor, DateTimeOffset at, HistoryAction action, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _history.Add(new HistoryEntry(at, actor.Id, actor.Name, action, subject));
        if (_history.Count > MaxHistoryEntries)
        {
            _history.RemoveRange(0, _history.Count - MaxHistoryEntries);
        }
    }

    private string NewId(string prefix) => $"{prefix}-{NextSequence++}";

    private static string RequireText(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new MethodologyException($"The {what} cannot be empty.")
            : value.Length > MaxTextLength ? throw new MethodologyException($"The {what} is longer than {MaxTextLength} characters.")
            : value.Trim();

    private static void CheckRoom(int count, string what)
    {
        if (count >= MaxItemsPerList)
        {
            throw new MethodologyException($"A project holds at most {MaxItemsPerList} {what}.");
        }
    }

    private static void CheckProfile(CollectiviteProfile profile)
    {
        if (profile.Population is < 0 || profile.AgentCount is < 0)
        {
            throw new MethodologyException("Population and agent count cannot be negative.");
        }

        if (profile.Name is { Length: > MaxTextLength })
        {
            throw new MethodologyException($"The collectivité name is longer than {MaxTextLength} characters.");
        }
    }
}
